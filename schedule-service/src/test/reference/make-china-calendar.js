// Makes schedule-service/src/main/resources/calendar/china-official-calendar.json: China's statutory days off and
// make-up working days for 2017-2026, from the npm package chinese-days (pinned in package.json), checked against
// the State Council notices listed below. Run once per new year of data (see README.md):
//
//   npm ci && node make-china-calendar.js
//
// The product never runs this: the JSON file is the data the service owns.
'use strict';

const fs = require('fs');
const path = require('path');
const data = require('chinese-days/dist/chinese-days.json');

const FIRST_YEAR = 2017;
const LAST_YEAR = 2026;
const OUTPUT = path.join(__dirname, '..', '..', 'main', 'resources', 'calendar', 'china-official-calendar.json');

// The notices each year's dates come from (国务院办公厅关于 YYYY 年部分节假日安排的通知, and later changes).
// A year also holds the December days of the next year's New Year break, announced in the next year's notice.
const NOTICES = {
  2017: ['国办发明电〔2016〕17号'],
  2018: ['国办发明电〔2017〕12号', '国办发明电〔2018〕15号 (2018-12-29 to 12-31, New Year 2019)'],
  2019: ['国办发明电〔2018〕15号', '国办发明电〔2019〕3号 (Labour Day changed to May 1-4)'],
  2020: ['国办发明电〔2019〕16号', '国办发明电〔2020〕1号 (Spring Festival extended to Feb 2; Feb 1 no longer a working day)'],
  2021: ['国办发明电〔2020〕27号'],
  2022: ['国办发明电〔2021〕11号', '国办发明电〔2022〕16号 (2022-12-31, New Year 2023)'],
  2023: ['国办发明电〔2022〕16号'],
  2024: ['国办发明电〔2023〕7号'],
  2025: ['国办发明电〔2024〕12号'],
  2026: ['国办发明电〔2025〕7号'],
};

// The names the notices use for chinese-days' short names.
const OFFICIAL_NAMES = {
  '元旦': '元旦', '春节': '春节', '清明': '清明节', '劳动节': '劳动节', '端午': '端午节', '中秋': '中秋节', '国庆节': '国庆节',
};

// Where chinese-days lists more than the notice: the 2019 notice says "4月5日放假，与周末连休" (and likewise for
// 端午 and 中秋): only the named day is a statutory day off, the weekend next to it stays a weekend. chinese-days
// lists those weekends as holidays in 2019 only (in 2017, 2018 and 2024 it lists the named day alone).
const NOT_STATUTORY = ['2019-04-06', '2019-04-07', '2019-06-08', '2019-06-09', '2019-09-14', '2019-09-15'];

function officialName(value, date) {
  const short = value.split(',')[1];
  const name = OFFICIAL_NAMES[short];
  if (!name) {
    throw new Error(`unknown holiday name ${value} on ${date}`);
  }
  return name;
}

function addDays(iso, days) {
  const d = new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10) + days));
  return d.toISOString().slice(0, 10);
}

const years = [];
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  const inYear = (d) => d.startsWith(`${year}-`);
  const holidayDates = Object.keys(data.holidays).filter(inYear).filter((d) => !NOT_STATUTORY.includes(d)).sort();
  // A break that holds two festivals (e.g. 中秋节 and 国庆节 in one 8-day break) is named after both, in the order
  // they occur: every day of one run of consecutive days off carries the same name.
  const names = new Map();
  let run = [];
  const flush = () => {
    const festivals = [...new Set(run.map((d) => officialName(data.holidays[d], d)))];
    run.forEach((d) => names.set(d, festivals.join('、')));
    run = [];
  };
  for (const date of holidayDates) {
    if (run.length > 0 && addDays(run[run.length - 1], 1) !== date) {
      flush();
    }
    run.push(date);
  }
  flush();
  const holidays = holidayDates.map((date) => ({ date, name: names.get(date) }));
  const makeupWorkdays = Object.keys(data.workdays).filter(inYear).sort()
    .map((date) => ({ date, worksAs: 'MONDAY' }));
  if (holidays.length === 0) {
    throw new Error(`chinese-days has no holidays for ${year}`);
  }
  years.push({ year, notices: NOTICES[year], holidays, makeupWorkdays });
}

const document = {
  description: 'China statutory days off (放假) and make-up working days (调休上班), as the State Council notices announce them. '
    + 'Made by schedule-service/src/test/reference/make-china-calendar.js from chinese-days '
    + require('chinese-days/package.json').version + '; worksAs is MONDAY where a notice does not say otherwise.',
  years,
};
fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
// One day per line, so a year's diff reads like the notice.
const list = (items) => '[\n' + items.map((item) => '        ' + JSON.stringify(item)).join(',\n') + '\n      ]';
const text = '{\n  "description": ' + JSON.stringify(document.description) + ',\n  "years": [\n'
  + years.map((y) => '    {\n      "year": ' + y.year + ',\n      "notices": ' + JSON.stringify(y.notices)
    + ',\n      "holidays": ' + list(y.holidays) + ',\n      "makeupWorkdays": ' + list(y.makeupWorkdays) + '\n    }')
    .join(',\n')
  + '\n  ]\n}\n';
JSON.parse(text); // still JSON
fs.writeFileSync(OUTPUT, text);
console.log(`wrote ${years.length} years to ${path.relative(process.cwd(), OUTPUT)}`);
