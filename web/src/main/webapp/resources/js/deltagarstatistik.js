/*
 * The entry page of participant statistics: as the person types a count, the figures are checked
 * against the consistency rules (a Faces ajax request pressing the hidden "kontrollera" button) and
 * the messages beside the fields are rendered again. An external script, since the page's
 * Content-Security-Policy allows no inline script.
 */
(function () {
    'use strict';

    function init() {
        var form = document.getElementById('statistik');
        var button = document.getElementById('statistik:kontrollera');
        if (!form || !button || !window.faces) {
            return;
        }
        var render = form.getAttribute('data-render');
        var timer = null;
        form.addEventListener('input', function (event) {
            var target = event.target;
            if (!target.classList || !target.classList.contains('antal')) {
                return;
            }
            if (timer) {
                clearTimeout(timer);
            }
            timer = setTimeout(function () {
                timer = null;
                faces.ajax.request(button, null, {execute: '@form', render: render});
            }, 300);
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
