// The "Cetak" button of the printable forms: shown only when scripts run (without them, Ctrl+P prints the same page).
document.querySelectorAll('[data-print]').forEach(button => {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
});
