/*
 * Ankunft – offer map.
 *
 * Renders the offers of the current search on a Leaflet map (vendored in
 * static/vendor/leaflet and static/vendor/leaflet.markercluster).
 * Plain ES2017, no build step. CSP-safe: no inline styles, no innerHTML with data.
 *
 * Expects:
 *   <div id="offer-map" data-geojson-url="..." data-tile-url="..." data-attribution="..."
 *        data-lat="..." data-lon="..." data-zoom="..."
 *        data-label-open="..." data-label-empty="..." data-label-error="..."></div>
 *   <p id="offer-map-status" role="status"></p>
 *
 * When finished, sets data-state="ready" (or "error") and data-markers="<count>"
 * on #offer-map; browser tests wait for this.
 */
(function () {
  'use strict';

  var MAP_ID = 'offer-map';
  var STATUS_ID = 'offer-map-status';
  var MAX_ZOOM = 19;
  var FIT_MAX_ZOOM = 17;
  var FIT_PADDING = 30;

  function parseNumber(value, fallback) {
    var n = parseFloat(value);
    return Number.isFinite(n) ? n : fallback;
  }

  function setStatus(text) {
    var status = document.getElementById(STATUS_ID);
    if (status) {
      status.textContent = text || '';
    }
  }

  function finish(el, state, count) {
    el.dataset.markers = String(count);
    el.dataset.state = state;
  }

  function prefersReducedMotion() {
    return Boolean(
      window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches
    );
  }

  /*
   * Leaflet finds its default marker images by reading the background-image of
   * `.leaflet-default-icon-path` (leaflet.css) and stripping "marker-icon.png".
   * With Django's ManifestStaticFilesStorage the file name carries a hash
   * ("marker-icon.3f2a….png"), Leaflet's regex fails and the icons break.
   * Take the directory from the computed URL instead; the unhashed originals are
   * kept next to the hashed copies by collectstatic.
   */
  function fixDefaultIconPath(L) {
    if (typeof L.Icon.Default.imagePath === 'string' || !document.body) {
      return;
    }
    var probe = document.createElement('div');
    probe.className = 'leaflet-default-icon-path';
    document.body.appendChild(probe);
    var bg = window.getComputedStyle(probe).backgroundImage || '';
    document.body.removeChild(probe);
    var match = /^url\((['"]?)(.*\/)marker-icon[^/]*\.png\1\)$/.exec(bg);
    if (match) {
      L.Icon.Default.imagePath = match[2];
    }
  }

  /* Only http(s) links (relative URLs are checked as resolved against the page, kept as given). */
  function safeUrl(value) {
    if (typeof value !== 'string' || value === '') {
      return null;
    }
    try {
      var url = new URL(value, window.location.href);
      if (url.protocol === 'http:' || url.protocol === 'https:') {
        return value;
      }
    } catch (e) {
      /* invalid URL */
    }
    return null;
  }

  function text(value) {
    return value === null || value === undefined ? '' : String(value);
  }

  /* Popup content, built with DOM methods only (no innerHTML: data may contain markup). */
  function buildPopup(props, labelOpen) {
    var box = document.createElement('div');
    box.className = 'offer-map__popup';

    var title = text(props.title);
    var href = safeUrl(props.url);
    var titleEl = document.createElement(href ? 'a' : 'span');
    titleEl.className = 'offer-map__popup-title';
    titleEl.textContent = title;
    if (href) {
      titleEl.setAttribute('href', href);
      if (labelOpen) {
        titleEl.title = labelOpen;
      }
    }
    if (props.lang) {
      titleEl.setAttribute('lang', text(props.lang));
    }
    if (props.dir === 'rtl' || props.dir === 'ltr') {
      titleEl.setAttribute('dir', props.dir);
    }
    box.appendChild(titleEl);

    var place = text(props.place);
    var address = text(props.address);
    if (place || address) {
      var where = document.createElement('span');
      where.className = 'offer-map__popup-place';
      where.setAttribute('dir', 'auto'); /* the popup itself is LTR (.leaflet-container) */
      if (place) {
        where.appendChild(document.createTextNode(place));
      }
      if (place && address) {
        where.appendChild(document.createElement('br'));
      }
      if (address) {
        where.appendChild(document.createTextNode(address));
      }
      box.appendChild(where);
    }
    return box;
  }

  function featureLatLng(feature) {
    var geometry = feature && feature.geometry;
    if (!geometry || geometry.type !== 'Point' || !Array.isArray(geometry.coordinates)) {
      return null;
    }
    var lon = Number(geometry.coordinates[0]);
    var lat = Number(geometry.coordinates[1]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      return null;
    }
    return [lat, lon]; /* GeoJSON is [lon, lat]; Leaflet wants [lat, lon]. */
  }

  function init() {
    var el = document.getElementById(MAP_ID);
    if (!el || el.dataset.state) {
      return;
    }
    var data = el.dataset;
    var L = window.L;

    if (!L || typeof L.map !== 'function' || typeof L.markerClusterGroup !== 'function') {
      setStatus(data.labelError);
      finish(el, 'error', 0);
      return;
    }

    var reduceMotion = prefersReducedMotion();
    var map;
    try {
      fixDefaultIconPath(L);
      map = L.map(el, {
        scrollWheelZoom: false,
        keyboard: true,
        maxZoom: MAX_ZOOM, /* markercluster needs a finite maxZoom, also without tiles */
        zoomAnimation: !reduceMotion,
        fadeAnimation: !reduceMotion,
        markerZoomAnimation: !reduceMotion
      });
      map.setView(
        [parseNumber(data.lat, 49.4447), parseNumber(data.lon, 7.7689)],
        parseNumber(data.zoom, 13)
      );
      if (data.tileUrl) {
        L.tileLayer(data.tileUrl, {
          maxZoom: MAX_ZOOM,
          attribution: data.attribution || ''
        }).addTo(map);
      }
    } catch (e) {
      setStatus(data.labelError);
      finish(el, 'error', 0);
      return;
    }

    var url = data.geojsonUrl;
    if (!url) {
      setStatus(data.labelError);
      finish(el, 'error', 0);
      return;
    }

    fetch(url, { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (geojson) {
        var features = geojson && Array.isArray(geojson.features) ? geojson.features : null;
        if (!features) {
          throw new Error('Not a GeoJSON FeatureCollection');
        }

        var cluster = L.markerClusterGroup({ animate: !reduceMotion });
        var markers = [];
        var latLngs = [];
        features.forEach(function (feature) {
          var latLng = featureLatLng(feature);
          if (!latLng) {
            return;
          }
          var props = feature.properties || {};
          var title = text(props.title);
          var marker = L.marker(latLng, { title: title, alt: title, keyboard: true });
          marker.bindPopup(buildPopup(props, data.labelOpen));
          markers.push(marker);
          latLngs.push(latLng);
        });

        if (markers.length) {
          /* Fit first, then add the layer: no animation pending when state becomes "ready". */
          map.fitBounds(L.latLngBounds(latLngs), {
            padding: [FIT_PADDING, FIT_PADDING],
            maxZoom: FIT_MAX_ZOOM,
            animate: false
          });
          cluster.addLayers(markers);
          cluster.addTo(map);
          setStatus('');
        } else {
          setStatus(data.labelEmpty);
        }
        finish(el, 'ready', markers.length);
      })
      .catch(function () {
        setStatus(data.labelError);
        finish(el, 'error', 0);
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
