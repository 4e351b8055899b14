package org.articleatlas.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = AtlasCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Article Atlas " + (version == null ? "(development build)" : version)};
    }
}
