// Draw every Plotly figure the server rendered into a <script type="application/json">.
// A point whose customdata starts with a URL opens that page when clicked (the timeline).
document.querySelectorAll("[data-figure]").forEach(function (element) {
  var source = document.getElementById(element.dataset.figure);
  if (!source || typeof Plotly === "undefined") { return; }
  var figure = JSON.parse(source.textContent);
  var config = { displaylogo: false, responsive: true };
  // A geo map reads its world outline from our own static files, never cdn.plot.ly.
  if (element.dataset.topojson) { config.topojsonURL = element.dataset.topojson; }
  Plotly.newPlot(element, figure.data, figure.layout, config)
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
