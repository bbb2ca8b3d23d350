// Reads an exported GeoJSON of control periods with kepler.gl's own data processor
// (@kepler.gl/processors, processGeojson) and checks what kepler.gl's time filter needs:
// one row per feature, and `start` and `end` recognised as dates.
//
//   npm install @kepler.gl/processors@3      (in any folder; not a project dependency)
//   aleppo-atlas --export-geojson periods.geojson
//   NODE_PATH=that-folder/node_modules node tools/kepler-check.mjs periods.geojson
// (or copy this file into that folder). Exit status 0 when it holds, 1 otherwise.
import fs from 'fs';
import {createRequire} from 'module';

const require = createRequire(process.cwd() + '/');
const {processGeojson} = require('@kepler.gl/processors');

const json = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const data = processGeojson(json);
const types = Object.fromEntries(data.fields.map(f => [f.name, f.type]));
const problems = [];
if (data.rows.length !== json.features.length)
    problems.push(`${data.rows.length} rows for ${json.features.length} features`);
for (const name of ['start', 'end']) {
    if (types[name] !== 'date')
        problems.push(`"${name}" is read as ${types[name]}, not a date`);
}
console.log(`kepler.gl: ${data.rows.length} rows; ` +
            data.fields.map(f => `${f.name} (${f.type})`).join(', '));
for (const p of problems)
    console.error(p);
process.exit(problems.length ? 1 : 0);
