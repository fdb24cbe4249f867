// Draw every Plotly figure the server rendered into a <script type="application/json">.
// A point whose customdata starts with a URL opens that page when clicked (the timeline).
document.querySelectorAll("[data-figure]").forEach(function (element) {
  var source = document.getElementById(element.dataset.figure);
  if (!source || typeof Plotly === "undefined") { return; }
  var figure = JSON.parse(source.textContent);
  Plotly.newPlot(element, figure.data, figure.layout, { displaylogo: false, responsive: true })
    .then(function () {
      element.on("plotly_click", function (data) {
        var point = data.points && data.points[0];
        var target = point && point.customdata && point.customdata[0];
        if (typeof target === "string" && target.charAt(0) === "/") {
          window.location.href = target;
        }
      });
    });
});
