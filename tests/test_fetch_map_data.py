"""scripts/fetch_map_data.py: the events map's world outline from the pinned plotly.js npm
package, refused if its checksum differs, written as the JSON files plotly.js asks for."""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import io
import json
import tarfile
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "fetch_map_data.py"
spec = importlib.util.spec_from_file_location("fetch_map_data", SCRIPT)
fetch_map_data = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fetch_map_data)

WORLD = {"type": "Topology", "objects": {"countries": {"type": "GeometryCollection",
         "geometries": [{"type": "Polygon", "arcs": [[0]], "id": "KOR",
                         "properties": {"ct": [127.5, 36.1]}}]}},
         "arcs": [[[0, 0], [1, 2e-3], [-1, -2]]], "bbox": [-180, -85.5, 180, 83.6],
         "transform": {"scale": [36000036000036e-17, 1.5], "translate": [-180, -85.5]}}  # fmt: skip


def assets_js() -> str:
    literal = json.dumps(WORLD, separators=(", ", ": "))
    for key in ("type", "objects", "countries", "geometries", "arcs", "id", "properties",
                "ct", "bbox", "transform", "scale", "translate"):  # fmt: skip
        literal = literal.replace(f'"{key}":', f"{key}:")
    parts = []
    for name in ("world_110m", "world_50m"):
        parts.append(
            f"  // dist/topojson/{name}.json\n  var require_{name} = __commonJS({{\n"
            f'    "dist/topojson/{name}.json"(exports, module) {{\n'
            f"      module.exports = {literal};\n    }}\n  }});\n"
        )
    return "".join(parts)


def tarball(assets: str) -> bytes:
    data = assets.encode("utf-8")
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        info = tarfile.TarInfo(fetch_map_data.ASSETS_MEMBER)
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def test_the_maps_literals_become_the_same_maps_in_json():
    maps = fetch_map_data.topojson_literals(assets_js())
    assert set(maps) == {"world_110m", "world_50m"} and maps["world_50m"] == WORLD


def test_it_writes_the_world_maps_and_their_release(tmp_path):
    written = fetch_map_data.write_maps(tarball(assets_js()), "9.9.9", tmp_path)
    assert [p.name for p in written] == ["world_110m.json", "world_50m.json"]
    assert json.loads((tmp_path / "world_50m.json").read_text()) == WORLD
    assert fetch_map_data.up_to_date("9.9.9", tmp_path)
    assert not fetch_map_data.up_to_date("9.9.10", tmp_path)  # another release: fetch again


def test_a_package_whose_checksum_differs_is_refused(tmp_path, monkeypatch):
    good = tarball(assets_js())
    assert fetch_map_data.verified(good, integrity(good)) == good
    tampered = tarball(assets_js().replace("KOR", "XXX"))
    monkeypatch.setattr(fetch_map_data, "bundled_plotly_js_version", lambda: "9.9.9")
    monkeypatch.setitem(fetch_map_data.PINNED, "9.9.9", integrity(good))
    (tmp_path / "p.tgz").write_bytes(tampered)
    with pytest.raises(SystemExit, match="checksum"):
        fetch_map_data.main(["--tarball", str(tmp_path / "p.tgz"), "--target", str(tmp_path)])
    assert not (tmp_path / "world_50m.json").exists()


def test_a_release_without_a_pinned_checksum_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(fetch_map_data, "bundled_plotly_js_version", lambda: "0.0.1")
    with pytest.raises(SystemExit, match="no pinned checksum"):
        fetch_map_data.main(["--target", str(tmp_path)])


def test_the_installed_plotly_bundles_a_pinned_release():
    # A plotly upgrade that bundles another plotly.js needs its checksum pinned (and the map
    # data fetched again): this fails until then.
    assert fetch_map_data.bundled_plotly_js_version() in fetch_map_data.PINNED
