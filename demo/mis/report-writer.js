// The pretend MIS counts the input events it sees, as a real one saves as you type.
const count = document.getElementById('input-count');
window.inputEvents = [];
document.getElementById('report-form').addEventListener('input', (event) => {
  window.inputEvents.push({ id: event.target.id, type: event.inputType ?? '', trusted: event.isTrusted });
  count.textContent = String(window.inputEvents.length);
});
