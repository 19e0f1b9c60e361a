// Review screen: a quantity other than the one requested needs a reason category; mark the select as soon as it does.
(function () {
    'use strict';
    function mark(input) {
        var row = input.closest('tr');
        var select = row && row.querySelector('select[data-field="reasonCategory"]');
        if (!select) return;
        var changed = input.value !== '' && input.value !== input.getAttribute('data-requested');
        select.classList.toggle('needs-reason', changed && select.value === '');
        row.classList.toggle('adjusted', changed);
    }
    document.querySelectorAll('input[data-field="given"]').forEach(function (input) {
        mark(input);
        input.addEventListener('input', function () { mark(input); });
    });
    document.querySelectorAll('select[data-field="reasonCategory"]').forEach(function (select) {
        select.addEventListener('change', function () {
            var input = select.closest('tr').querySelector('input[data-field="given"]');
            if (input) mark(input);
        });
    });
})();
