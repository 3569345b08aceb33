// Enhancement of the report form: a click on the kommun's map fills in latitude and longitude. Without
// JavaScript the same form takes a place from the list, a description or typed coordinates.
// - By default the map is the server-drawn SVG, in an equirectangular frame, so a point's coordinates are linear in
//   its position (data-north/west/south/east).
// - When the deployment configures a tile server (MEDBORGARLOFTE_MAP_TILES_URL, given here as data-tiles), Leaflet
//   (served from our own origin) shows those tiles over the same bounds instead, and the SVG is hidden.
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

  function escapeHtml(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  if (figure.dataset.tiles && window.L) {
    var holder = document.createElement('div');
    holder.className = 'report-leaflet';
    holder.setAttribute('role', 'region');
    holder.setAttribute('aria-label', figure.dataset.mapLabel || '');
    svg.parentNode.hidden = true;
    figure.insertBefore(holder, svg.parentNode);
    var map = window.L.map(holder).fitBounds([[south, west], [north, east]]);
    window.L.tileLayer(figure.dataset.tiles, { attribution: escapeHtml(figure.dataset.attribution || ''), maxZoom: 18 })
      .addTo(map);
    var picked = null;
    map.on('click', function (event) {
      lat.value = event.latlng.lat.toFixed(5);
      lon.value = event.latlng.lng.toFixed(5);
      if (picked) {
        picked.setLatLng(event.latlng);
      } else {
        picked = window.L.circleMarker(event.latlng, { radius: 6, className: 'picked' }).addTo(map);
      }
    });
    return;
  }

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
