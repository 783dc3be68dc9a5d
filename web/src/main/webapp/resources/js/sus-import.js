// While a SUS file is being checked, fetch the page again every second and show its progress;
// when the check is done, load the page with the preview. Without JavaScript the page has a link.
(function () {
  "use strict";
  var region = document.getElementById("framsteg");
  if (!region || !region.hasAttribute("data-granskas")) {
    return;
  }
  function tick() {
    fetch(window.location.href, {credentials: "same-origin", headers: {"Accept": "text/html"}})
      .then(function (r) { return r.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var ny = doc.getElementById("framsteg");
        if (ny && ny.hasAttribute("data-granskas")) {
          var bar = region.querySelector("progress");
          var nyBar = ny.querySelector("progress");
          if (bar && nyBar) {
            bar.value = nyBar.value;
            bar.max = nyBar.max;
          }
          var text = region.querySelector(".framstegstext");
          var nyText = ny.querySelector(".framstegstext");
          if (text && nyText) {
            text.textContent = nyText.textContent;
          }
          window.setTimeout(tick, 1000);
        } else {
          window.location.reload();
        }
      })
      .catch(function () { window.setTimeout(tick, 3000); });
  }
  window.setTimeout(tick, 500);
}());
