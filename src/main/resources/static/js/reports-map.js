// Enhancement of the report form: a click on the kommun's SVG map fills in latitude and longitude. Without
// JavaScript the same form takes a place from the list, a description or typed coordinates. The map is drawn in an
// equirectangular frame, so a point's coordinates are linear in its position (data-north/west/south/east).
(function () {
  var figure = document.querySelector('.report-picker');
  if (!figure) { return; }
  var svg = figure.querySelector('svg');
  var lat = document.getElementById('lat');
  var lon = document.getElementById('lon');
  if (!svg || !lat || !lon) { return; }
  var north = parseFloat(figure.dataset.north), south = parseFloat(figure.dataset.south);
  var west = parseFloat(figure.dataset.west), east = parseFloat(figure.dataset.east);
  var width = parseFloat(figure.dataset.width), height = parseFloat(figure.dataset.height);
  var marker = null;
  svg.addEventListener('click', function (event) {
    var point = svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    var p = point.matrixTransform(svg.getScreenCTM().inverse());
    lat.value = (north - (p.y / height) * (north - south)).toFixed(5);
    lon.value = (west + (p.x / width) * (east - west)).toFixed(5);
    if (!marker) {
      marker = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
      marker.setAttribute('class', 'picked');
      marker.setAttribute('r', '5');
      svg.appendChild(marker);
    }
    marker.setAttribute('cx', p.x.toFixed(1));
    marker.setAttribute('cy', p.y.toFixed(1));
  });
}());
