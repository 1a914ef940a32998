// Makes schedule-service/src/test/resources/hours/opening-hours-reference.json: for each rule string below, and
// seeded random instants across 2017-2027 (plus the minute before and at each next change), whether the reference
// evaluator opening_hours.js (pinned in package.json) says open, and when the state next changes. Local time is
// Asia/Shanghai (no DST since 1991). OpeningHoursReferenceTest asserts that our evaluator gives the same answers.
//
//   npm ci && TZ=Asia/Shanghai node make-opening-hours-table.js
//
// opening_hours.js needs a country to evaluate PH; it is given China ("cn"), whose PH list in opening_hours.js is
// not the State Council's (it has Jan 1, Mar 8, May 1, May 4, Jun 1, Oct 1-3 every year). For rules naming PH the
// table keeps only instants whose day, the day before, and every day up to the next change are not such a PH day:
// the comparison is about ordinary days, where both must agree without holiday data.
'use strict';

const fs = require('fs');
const path = require('path');
const OpeningHours = require('opening_hours');

const OUTPUT = path.join(__dirname, '..', 'resources', 'hours', 'opening-hours-reference.json');
const SEED = 20170801; // the day Chengdu's windows first opened after hours
const FIRST_YEAR = 2017;
const LAST_YEAR = 2027;
const RANDOM_INSTANTS = 50; // per rule
const BOUNDARY_PROBES = 15; // per rule: the minute before and the minute of a next change
const HORIZON_DAYS = 366;
const NOMINATIM = { lat: 30.66, lon: 104.06, address: { country_code: 'cn', state: '四川省' } };

const RULES = [
  // weekday ranges and lists, several spans
  'Mo-Fr 09:00-17:00',
  'Mo-Fr 09:00-12:00,13:00-17:00; PH off',
  'Mo-Fr 08:30-12:00,14:00-18:00; Sa 09:00-12:00; PH off',
  'Mo,We,Fr 10:00-16:00',
  'Tu-Th 07:30-11:30,12:30-19:00',
  'Sa-Mo 10:00-14:00',
  'Mo-Fr 12:00-13:30,17:30-20:00; Sa 09:00-17:00',
  'Mo-Fr 17:00-21:00; Sa,Su 09:00-17:00',
  'Mo 9-17',
  // spans past midnight
  'Fr,Sa 18:00-02:00',
  'Mo-Fr 22:00-06:00',
  'Mo-Fr 20:00-26:00',
  'Mo-Su 18:00-02:00; We off',
  'Fr 18:00-02:00; Sa 10:00-12:00',
  'Fr 18:00-02:00, Sa 10:00-12:00',
  'Sa 10:00-10:00',
  'Th 20:00-03:00; Fr 02:00-04:00 off',
  // precedence, off/closed, additional rules, fallback
  'Mo-Fr 10:00-20:00; We 10:00-16:00',
  'Mo-Fr 09:00-18:00; We 12:00-14:00 off',
  'Mo-Fr 09:00-17:00; Tu off',
  'Mo-Sa 09:00-18:00; Su closed',
  'Mo-Fr 09:00-12:00,13:00-17:00, Sa 09:00-12:00',
  'Mo-Fr 08:00-12:00, We 14:00-18:00',
  '10:00-12:00; 14:00-16:00',
  'Mo 10:00-12:00; 14:00-16:00',
  'Mo-Fr 09:00-17:00 || Sa 10:00-12:00',
  'Mo-Fr 09:00-17:00; Sa 09:00-12:00 || 14:00-16:00',
  '24/7',
  '24/7; Su off',
  'Mo-Su 00:00-24:00; Tu 12:00-13:00 off',
  // months, dates, ranges across the year end
  'Mo-Fr 09:00-17:00; Dec 24-Jan 02 off',
  'Jun-Aug Mo-Fr 08:00-12:00; Sep-May Mo-Fr 09:00-17:00',
  'Nov-Feb Sa,Su 10:00-15:00; Mar-Oct Sa,Su 09:00-18:00',
  'Mo-Fr 09:00-12:00,13:00-17:00; Jul,Aug Mo-Fr 08:00-12:00,15:00-18:00',
  'Jul 01-Aug 31 Mo-Fr 08:00-12:00; Mo-Fr 09:00-17:00',
  'Mo-Fr 09:00-17:00; Jul 01-Aug 31 Mo-Fr 08:00-12:00',
  'Apr 01-Oct 31 08:00-20:00; Nov 01-Mar 31 09:00-18:00',
  'Mo-Sa 09:00-18:00; Dec 25,26 off; Jan 01 off',
  'Jan 26-31 10:00-12:00; Mo-Fr 14:00-16:00',
  'Mo-Fr 09:00-17:00; Jan-Mar Mo 09:00-12:00',
  // years and dated exceptions
  '2018 Mo-Fr 09:00-12:00; 2019-2021 Mo-Fr 13:00-17:00',
  '2020-2026/2 Sa 09:00-12:00; Mo-Fr 09:00-17:00',
  '2024+ Su 10:00-14:00; Mo-Fr 09:00-17:00',
  'Mo-Fr 09:00-17:00; 2019 Oct 01-2019 Oct 07 off',
  'Mo-Fr 09:00-17:00; 2025 Dec 31 09:00-12:00',
  '2017 Aug-Oct Sa,Su 09:00-17:00; Mo-Fr 09:00-17:00',
  'Mo-Fr 09:00-17:00; 2018 Feb 10-2018 Feb 25 10:00-12:00',
  // week numbers and n-th weekdays
  'week 01-26 Mo-Fr 08:00-12:00; week 27-53 Mo-Fr 14:00-18:00',
  'week 02-52/2 Sa 09:00-12:00',
  'Sa[1] 09:00-12:00; Mo-Fr 09:00-17:00',
  'Mo-Fr 09:00-17:00; Su[-1] 10:00-12:00',
  'Mo-Fr 09:00-17:00; Sa[2,4] 09:00-12:00',
  // PH on days that are not holidays
  'Mo-Fr 09:00-17:00; PH,Su off',
  'PH,Sa 10:00-16:00; Mo-Fr 09:00-17:00',
  'Mo-Fr 09:00-17:00; PH 10:00-12:00',
];

// mulberry32: a small seeded PRNG, so the table is the same on every run
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');
const local = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
const dayKey = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const addDays = (d, n) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n, d.getHours(), d.getMinutes());
const addMinutes = (d, n) => new Date(d.getTime() + n * 60000);

if (new Date(2026, 0, 1).getTimezoneOffset() !== -480 || new Date(2017, 6, 1).getTimezoneOffset() !== -480) {
  console.error('Run with TZ=Asia/Shanghai (the table is in China local time).');
  process.exit(1);
}

// the days opening_hours.js takes as PH for China
const jsPublicHolidays = new Set();
const ph = new OpeningHours('PH', NOMINATIM, { mode: 0 });
for (let d = new Date(FIRST_YEAR - 1, 11, 1, 12, 0); d.getFullYear() <= LAST_YEAR + 2; d = addDays(d, 1)) {
  if (ph.getState(d)) {
    jsPublicHolidays.add(dayKey(d));
  }
}

function touchesPublicHoliday(at, until) {
  for (let d = addDays(at, -1); dayKey(d) <= dayKey(until); d = addDays(d, 1)) {
    if (jsPublicHolidays.has(dayKey(d))) {
      return true;
    }
  }
  return false;
}

const next = random(SEED);
const start = new Date(FIRST_YEAR, 0, 1, 0, 0);
const days = Math.round((new Date(LAST_YEAR + 1, 0, 1) - start) / 86400000);
const randomInstant = () => addMinutes(addDays(start, Math.floor(next() * days)), Math.floor(next() * 1440));

const rules = [];
for (const value of RULES) {
  const oh = new OpeningHours(value, NOMINATIM, { mode: 0 });
  const namesPH = /\bPH\b/.test(value);
  const cases = new Map();
  const addCase = (at) => {
    const open = oh.getState(at);
    const change = oh.getNextChange(at, addDays(at, HORIZON_DAYS));
    if (namesPH && touchesPublicHoliday(at, change || addDays(at, HORIZON_DAYS))) {
      return null;
    }
    cases.set(local(at), [local(at), open, change ? local(change) : null]);
    return change;
  };
  let tries = 0;
  let boundaries = 0;
  while (cases.size < RANDOM_INSTANTS + 2 * BOUNDARY_PROBES && tries++ < 5000) {
    const change = addCase(randomInstant());
    if (change && boundaries < BOUNDARY_PROBES && change.getFullYear() <= LAST_YEAR) {
      addCase(addMinutes(change, -1));
      addCase(change);
      boundaries++;
    }
  }
  if (cases.size < 40) {
    throw new Error(`only ${cases.size} usable instants for ${value}`);
  }
  rules.push({ value, cases: [...cases.values()].sort((a, b) => a[0].localeCompare(b[0])) });
}

const header = {
  generator: 'schedule-service/src/test/reference/make-opening-hours-table.js',
  evaluator: 'opening_hours ' + require('opening_hours/package.json').version,
  timeZone: 'Asia/Shanghai',
  seed: SEED,
  horizonDays: HORIZON_DAYS,
  columns: ['local date-time', 'open', 'next change before local date-time + horizonDays, or null'],
};
const text = '{\n' + Object.entries(header).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')
  + ',\n  "rules": [\n'
  + rules.map((r) => '    {\n      "value": ' + JSON.stringify(r.value) + ',\n      "cases": [\n'
    + r.cases.map((c) => '        ' + JSON.stringify(c)).join(',\n') + '\n      ]\n    }').join(',\n')
  + '\n  ]\n}\n';
JSON.parse(text);
fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
fs.writeFileSync(OUTPUT, text);
const total = rules.reduce((n, r) => n + r.cases.length, 0);
console.log(`wrote ${rules.length} rules, ${total} instants to ${path.relative(process.cwd(), OUTPUT)}`);
