// Suggest actor names while one types into an actor box: /api/actors?q=... fills the
// box's <datalist>. Without JavaScript the box still works: the server takes a name.
document.querySelectorAll("input[data-suggest]").forEach(function (input) {
  var list = document.getElementById(input.getAttribute("list"));
  var timer = null;
  var asked = "";
  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      var text = input.value.trim();
      if (text.length < 2 || text === asked) { return; }
      asked = text;
      var url = input.dataset.suggest + "?_size=15&q=" + encodeURIComponent(text);
      fetch(url, { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { actors: [] }; })
        .then(function (data) {
          if (text !== asked) { return; }  // a later keystroke asked again
          list.replaceChildren.apply(list, data.actors.map(function (actor) {
            var option = document.createElement("option");
            option.value = actor.name;
            return option;
          }));
        })
        .catch(function () { /* no suggestions; typing a full name still works */ });
    }, 150);
  });
});
