// Progressive enhancement only: a button that copies the subscription address. Without
// JavaScript (or without the clipboard API) the address field stays there to copy by hand.
(function () {
  "use strict";
  var status = document.querySelector("[data-copy-status]");
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field || !navigator.clipboard || !window.isSecureContext) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(field.value).then(
        function () {
          if (status) {
            status.textContent = status.getAttribute("data-copied");
          }
        },
        function () {
          field.select();
        }
      );
    });
  });
})();
