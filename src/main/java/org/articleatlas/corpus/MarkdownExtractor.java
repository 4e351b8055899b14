package org.articleatlas.corpus;

import org.articleatlas.model.ArticleMetadata;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Markdown parsed by CommonMark into the text a reader sees: words without markup, link
 * text without its address, one paragraph per block; the first heading is the title.
 */
final class MarkdownExtractor implements DocumentExtractor {

    private static final Parser PARSER = Parser.builder().build();

    @Override
    public ExtractedDocument extract(String decoded) {
        Node document = PARSER.parse(TextNormaliser.normalise(decoded));
        PlainText visitor = new PlainText();
        document.accept(visitor);
        ArticleMetadata embedded = visitor.title == null
                ? ArticleMetadata.empty() : ArticleMetadata.empty().withTitle(visitor.title.strip());
        return new ExtractedDocument(visitor.out.toString().strip(), embedded);
    }

    /** Collects the text nodes; CommonMark's own text renderer keeps link addresses and quotes link text. */
    private static final class PlainText extends AbstractVisitor {
        private final StringBuilder out = new StringBuilder();
        private String title;
        private int headingStart = -1;

        @Override
        public void visit(Text text) {
            out.append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            out.append(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            out.append('\n');
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            out.append('\n');
        }

        @Override
        public void visit(HtmlInline htmlInline) {
            // Inline tags are markup, not words.
        }

        @Override
        public void visit(HtmlBlock htmlBlock) {
            // A raw HTML block is markup, not words.
        }

        @Override
        public void visit(FencedCodeBlock block) {
            paragraph(block.getLiteral().stripTrailing());
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            paragraph(block.getLiteral().stripTrailing());
        }

        @Override
        public void visit(Heading heading) {
            breakParagraph();
            boolean first = title == null && headingStart < 0;
            if (first) {
                headingStart = out.length();
            }
            visitChildren(heading);
            if (first) {
                title = out.substring(headingStart);
            }
            breakParagraph();
        }

        @Override
        protected void visitChildren(Node parent) {
            boolean block = parent instanceof Block && !(parent instanceof Heading);
            if (block) {
                breakParagraph();
            }
            super.visitChildren(parent);
            if (block) {
                breakParagraph();
            }
        }

        private void paragraph(String text) {
            breakParagraph();
            out.append(text);
            breakParagraph();
        }

        private void breakParagraph() {
            int length = out.length();
            if (length == 0 || length >= 2 && out.charAt(length - 1) == '\n' && out.charAt(length - 2) == '\n') {
                return;
            }
            out.append(out.charAt(length - 1) == '\n' ? "\n" : "\n\n");
        }
    }
}
