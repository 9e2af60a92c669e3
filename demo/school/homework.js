// The sample homework is written for the week of Monday 23 November 2026. On any other week,
// this moves every date by whole weeks so the sample is always "this week and next". A real
// school's page needs none of this: its homework comes with real dates.
const SAMPLE_MONDAY = Date.UTC(2026, 10, 23);
const DAY = 86_400_000;

const now = new Date();
const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
const monday = today - ((new Date(today).getUTCDay() + 6) % 7) * DAY;
const shift = monday - SAMPLE_MONDAY;

const moveDay = (iso) => new Date(Date.parse(`${iso}T00:00:00Z`) + shift).toISOString().slice(0, 10);
const moveTime = (iso) => new Date(Date.parse(iso) + shift).toISOString();

if (shift !== 0) {
  for (const element of document.querySelectorAll('ps-homework-signoff[src]')) {
    fetch(element.getAttribute('src'))
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((data) => {
        for (const piece of data.assignments ?? []) {
          piece.setOn = moveDay(piece.setOn);
          piece.dueOn = moveDay(piece.dueOn);
          for (const mark of piece.feedback ?? []) mark.givenAt = moveTime(mark.givenAt);
        }
        element.assignments = data;
      })
      // The widget has loaded the file itself and says what went wrong, if anything did.
      .catch(() => {});
  }
}
