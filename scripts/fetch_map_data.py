#!/usr/bin/env python3
"""Fetch the world map data the events map draws, from the npm registry, once per machine.

plotly.js draws a geo map from a topojson file it downloads from cdn.plot.ly unless its
`topojsonURL` points elsewhere. We point it at our own static files (build/topojson/,
served by dashboard.staticfinders.MapDataFinder) and commit none of the data: this script
takes it from the npm package of the very plotly.js release the installed Python plotly
bundles (the release that reads it), pinned by version and SHA-512 checksum. That package
ships the maps inside dist/plotly-geo-assets.js as JavaScript object literals; the script
writes the world maps out as the JSON files plotly.js asks for (world_50m.json, ...).

    python scripts/fetch_map_data.py            # skips the download if the files are there
    python scripts/fetch_map_data.py --tarball plotly.js-4.1.1.tgz   # an already fetched copy

Standard library only, so `make` can run it right after creating the virtualenv.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import re
import sys
import tarfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAP_DIR = ROOT / "build" / "topojson"
# plotly.js release -> the npm registry's integrity string of its package (`npm view
# plotly.js@VERSION dist.integrity`). A new Python plotly bundling another release needs a
# line here, checked the same way.
PINNED = {
    "4.1.1": "sha512-"
    "fYLAOj091/+M4h1rmtVIkRIpdkz5/P9IdNUeB9wKmCUyvewuUdlCYR5ryqDWP7Cb36Dn4EvSrs6YKvRJ9ukNdQ==",
}
TARBALL_URL = "https://registry.npmjs.org/plotly.js/-/plotly.js-{version}.tgz"
ASSETS_MEMBER = "package/dist/plotly-geo-assets.js"
MAPS = ("world_110m", "world_50m")  # the scope and resolutions charts.map_figure uses
VERSION_MARK = MAP_DIR / "VERSION"


def bundled_plotly_js_version() -> str:
    """The plotly.js release inside the installed Python plotly (its banner's first line)."""
    import plotly  # the virtualenv's; imported here so --help works without it

    bundle = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    with bundle.open(encoding="utf-8") as file:
        head = file.read(400)
    found = re.search(r"plotly\.js v(\d+\.\d+\.\d+)", head)
    if not found:
        raise SystemExit(f"fetch_map_data: no plotly.js version in the banner of {bundle}")
    return found.group(1)


def verified(data: bytes, integrity: str) -> bytes:
    algorithm, _, expected = integrity.partition("-")
    digest = base64.b64encode(hashlib.new(algorithm, data).digest()).decode("ascii")
    if digest != expected:
        raise SystemExit(
            f"fetch_map_data: the package's {algorithm} checksum is {digest}, not the pinned "
            f"{expected}: refusing to use it"
        )
    return data


def topojson_literals(assets: str) -> dict[str, dict]:
    """Every map of plotly-geo-assets.js, by name ("world_50m"), as a JSON-ready dict.

    Each map is one line `module.exports = { type: "Topology", ... };` under a comment that
    names its file; its keys are bare identifiers, its values numbers, strings and arrays,
    so quoting the keys makes it JSON (json.loads then checks every character)."""
    maps = {}
    pattern = re.compile(
        r"// dist/topojson/([\w-]+)\.json\n.*?module\.exports = (\{.*?\});\n", re.S
    )
    for name, literal in pattern.findall(assets):
        quoted = re.sub(r"([{,]\s*)([A-Za-z_$][\w$]*)\s*:", r'\1"\2":', literal)
        topology = json.loads(quoted)
        if topology.get("type") != "Topology" or "countries" not in topology.get("objects", {}):
            raise SystemExit(f"fetch_map_data: {name} is not a world topology as expected")
        maps[name] = topology
    return maps


def write_maps(tarball: bytes, version: str, target: Path = MAP_DIR) -> list[Path]:
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        member = archive.extractfile(ASSETS_MEMBER)
        if member is None:
            raise SystemExit(f"fetch_map_data: {ASSETS_MEMBER} is missing from the package")
        assets = member.read().decode("utf-8")
    maps = topojson_literals(assets)
    missing = [name for name in MAPS if name not in maps]
    if missing:
        raise SystemExit(f"fetch_map_data: the package has no {', '.join(missing)}")
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name in MAPS:
        path = target / f"{name}.json"
        path.write_text(json.dumps(maps[name], separators=(",", ":")), encoding="utf-8")
        written.append(path)
    (target / "VERSION").write_text(f"plotly.js {version}\n", encoding="utf-8")
    return written


def up_to_date(version: str, target: Path = MAP_DIR) -> bool:
    mark = target / "VERSION"
    return (
        mark.exists()
        and mark.read_text(encoding="utf-8").strip() == f"plotly.js {version}"
        and all((target / f"{name}.json").exists() for name in MAPS)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tarball", type=Path, help="a downloaded plotly.js-VERSION.tgz")
    parser.add_argument("--target", type=Path, default=MAP_DIR)
    parser.add_argument("--force", action="store_true", help="fetch even if up to date")
    args = parser.parse_args(argv)

    version = bundled_plotly_js_version()
    if version not in PINNED:
        raise SystemExit(
            f"fetch_map_data: plotly.js {version} (bundled by the installed plotly) has no "
            f"pinned checksum; add `npm view plotly.js@{version} dist.integrity` to PINNED"
        )
    if not args.force and not args.tarball and up_to_date(version, args.target):
        print(f"Map data of plotly.js {version} already in {args.target}")
        return 0
    if args.tarball:
        data = args.tarball.read_bytes()
    else:
        url = TARBALL_URL.format(version=version)
        print(f"Fetching the map data of plotly.js {version} from {url}")
        with urllib.request.urlopen(url, timeout=120) as response:
            data = response.read()
    written = write_maps(verified(data, PINNED[version]), version, args.target)
    print("Wrote " + ", ".join(str(p) for p in written))
    return 0


if __name__ == "__main__":
    sys.exit(main())
