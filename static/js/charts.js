// Draw every Plotly figure the server rendered into a <script type="application/json">.
// A point whose customdata starts with a URL opens that page when clicked (the timeline).
// On a phone Plotly's toolbar would cover the title, and a long title runs off the plot: there
// the toolbar is left out and the title wrapped to the width the chart has.
var NARROW = window.matchMedia("(max-width: 640px)").matches;

function fitTitle(layout, width) {
  var title = typeof layout.title === "string" ? { text: layout.title } : layout.title;
  if (!title || !title.text) { return; }
  var size = 14;
  var perLine = Math.max(16, Math.floor((width - 30) / (size * 0.56)));
  var lines = [];
  title.text.split("<br>").forEach(function (part) {
    var line = "";
    part.split(" ").forEach(function (word) {
      if (line && (line + " " + word).length > perLine) { lines.push(line); line = word; }
      else { line = line ? line + " " + word : word; }
    });
    lines.push(line);
  });
  layout.title = Object.assign({}, title, { text: lines.join("<br>"), font: Object.assign({}, title.font, { size: size }) });
  var margin = Object.assign({ t: 50 }, layout.margin);
  layout.margin = Object.assign(margin, { t: Math.max(margin.t, 24 + lines.length * 20) });
}

document.querySelectorAll("[data-figure]").forEach(function (element) {
  var source = document.getElementById(element.dataset.figure);
  if (!source || typeof Plotly === "undefined") { return; }
  var figure = JSON.parse(source.textContent);
  if (NARROW) { fitTitle(figure.layout, element.clientWidth); }
  var config = { displaylogo: false, responsive: true, displayModeBar: NARROW ? false : "hover" };
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
