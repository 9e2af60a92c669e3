// Builds the pretend marksheet: 500 pupils with comments, some plain, some full of school
// words, some empty. The same every time (no randomness), so tests can count on it.
const FIRST = ['Amy', 'Ben', 'Chloe', 'Dev', 'Ella', 'Finn', 'Grace', 'Hamza', 'Isla', 'Jack', 'Kai', 'Layla', 'Maya', 'Noah', 'Olivia', 'Priya', 'Quinn', 'Ruby', 'Sam', 'Tom', 'Usman', 'Violet', 'Will', 'Yusuf', 'Zara'];
const LAST = ['Patel', 'Jones', 'Smith', 'Khan', 'Evans', 'Brown', 'Taylor', 'Ahmed', 'Wilson', 'Davies', 'Nowak', 'Silva', 'Roberts', 'Hughes', 'Begum', 'Lewis', 'Walker', 'Wright', 'Green', 'Hall'];
const COMMENTS = [
  'NAME has worked hard this year and is a kind friend to others. Keep reading every night.',
  'NAME is working at EXS in reading and WTS in writing. Her ATL is good and she meets ARE in maths.',
  'NAME has made accelerated progress against his FFT20 target. SENCo support and interventions continue. Attainment is secure at GDS.',
  '',
  'NAME enjoys maths and tries hard in lessons.',
  'NAME is working towards the expected standard in writing. Please see the SENCo about the EHCP annual review.',
  'Notwithstanding considerable disruption, NAME has consistently demonstrated commendable resilience, perseverance and metacognitive self-regulation throughout the academic year.',
  'NAME reads with confidence. Next year, practise times tables at home.',
];

function row(i) {
  const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
  const tr = document.createElement('tr');
  const pupil = document.createElement('th');
  pupil.scope = 'row';
  pupil.id = `pupil-${i}`;
  pupil.textContent = name;
  const klass = document.createElement('td');
  klass.textContent = `6${'ABCD'[i % 4]}`;
  const cell = document.createElement('td');
  const box = document.createElement('textarea');
  box.name = `comment-${i}`;
  box.rows = 2;
  box.setAttribute('aria-labelledby', `pupil-${i}`);
  box.value = COMMENTS[(i * 7 + Math.floor(i / 8)) % COMMENTS.length].replaceAll('NAME', name.split(' ')[0]);
  cell.append(box);
  tr.append(pupil, klass, cell);
  return tr;
}

const rows = document.getElementById('rows');
const TOTAL = 500;
const FIRST_LOAD = 450;
const first = document.createDocumentFragment();
for (let i = 0; i < FIRST_LOAD; i++) first.append(row(i));
rows.append(first);
// The rest arrive later, as a real MIS loads a long class in pages.
setTimeout(() => {
  const rest = document.createDocumentFragment();
  for (let i = FIRST_LOAD; i < TOTAL; i++) rest.append(row(i));
  rows.append(rest);
  document.body.dataset.loaded = 'true';
}, 300);
