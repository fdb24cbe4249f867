// Draw every Plotly figure the server rendered into a <script type="application/json">.
document.querySelectorAll("[data-figure]").forEach(function (element) {
  var source = document.getElementById(element.dataset.figure);
  if (!source || typeof Plotly === "undefined") { return; }
  var figure = JSON.parse(source.textContent);
  Plotly.newPlot(element, figure.data, figure.layout, { displaylogo: false, responsive: true });
});
