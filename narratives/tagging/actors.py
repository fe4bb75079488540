"""Who tells a narrative: the actors of `texts/actors.csv`, and where each one tells it.

A narrative belongs to the actors who tell it, not to a "side". The list is
fixed (the Belarusian authorities, the Russian state and Russian media,
NATO, EU institutions and EUvsDisinfo, Polish state media, the Belarusian
opposition, wire and independent reporters, US partisan media, and the
source an EUvsDisinfo page summarises without naming it), and every
narrative in `narratives.csv` names, in its `told_by` column, the actors who
tell it and the sentences of the reference where they do:

    belarusian-authorities: bogus-threat 13, 17; euvsdisinfo-flights 20 | unnamed: euvsdisinfo-flights 2

>>> actors = load()
>>> actors["nato"].name
'NATO'
>>> told = parse_told_by("nato: bogus-threat 3, 10 | eu: euvsdisinfo-force 6", actors)
>>> told["nato"]
[('bogus-threat', 3), ('bogus-threat', 10)]
>>> in_order(told)
['nato', 'eu']
"""

from dataclasses import dataclass
from pathlib import Path

from ..csvcells import dict_rows
from ..errors import NarrativesError
from ..paths import TEXTS

ACTORS = TEXTS / "actors.csv"
COLUMNS = ("id", "name", "who")


@dataclass(frozen=True)
class Actor:
    """One actor: an id, a name to show, and whose words count as this actor's."""
    id: str
    name: str
    who: str


def load(path=None):
    """The actors of an actors file (the workbook's by default), by id, in file order."""
    path = Path(path) if path is not None else ACTORS
    rows = dict_rows(path, "The list of actors", "Put an actors.csv file beside the texts.")
    actors = {}
    for line, row in enumerate(rows, start=2):
        missing = [c for c in COLUMNS if not (row.get(c) or "").strip()]
        if missing:
            raise NarrativesError(f"{path}, line {line}: the actor has no "
                                  f"{', '.join(missing)}. Every column needs a value.")
        actor = Actor(**{c: row[c].strip() for c in COLUMNS})
        actors[actor.id] = actor
    return actors


def parse_told_by(cell, actors, where="told_by"):
    """`{actor id: [(text id, sentence number), ...]}` from a `told_by` cell.

    Actors are separated by `|`, texts by `;`, numbers by `,`. An actor that
    is not in the list, or a number that is not a whole number, is named.
    """
    told = {}
    for part in (p.strip() for p in cell.split("|")):
        if not part:
            continue
        actor, colon, places = part.partition(":")
        actor = actor.strip()
        if not colon or actor not in actors:
            raise NarrativesError(f"{where}: {actor!r} is not an actor of texts/actors.csv "
                                  f"(write 'actor-id: text-id 1, 2'). The actors are: "
                                  f"{', '.join(actors)}.")
        found = told.setdefault(actor, [])
        for place in (p.strip() for p in places.split(";")):
            text_id, _, numbers = place.partition(" ")
            try:
                found += [(text_id, int(n)) for n in numbers.split(",")]
            except ValueError:
                raise NarrativesError(f"{where}: {place!r} should be a text id and sentence "
                                      "numbers, as in 'bogus-threat 13, 17'.") from None
    return told


def in_order(told, actors=None):
    """The actor ids of a `told_by`, those who tell it in most sentences first.

    Ties keep the order of the actors file, so the order never depends on how
    a cell happens to be written.
    """
    rank = {actor: n for n, actor in enumerate(actors or load())}
    return sorted(told, key=lambda actor: (-len(told[actor]), rank.get(actor, len(rank))))
