"""Time expressions resolved against the publication date (DESIGN.md, Time)."""

from datetime import date

import pytest

from frontline.timex import first_day, resolve

PUB = date(2025, 4, 30)  # a Wednesday

CASES = [
    ("on April 26", "2025-04-26", "day", None),
    ("April 26, 2025", "2025-04-26", "day", None),
    ("26 April", "2025-04-26", "day", None),
    ("Feb. 24, 2022", "2022-02-24", "day", None),
    ("in February 2022", "2022-02", "month", None),
    ("August 2024", "2024-08", "month", None),
    ("in early March", "2025-03", "month", "early"),
    ("mid-March", "2025-03", "month", "mid"),
    ("the end of March", "2025-03", "month", "late"),
    ("today", "2025-04-30", "day", None),
    ("this morning", "2025-04-30", "day", None),
    ("yesterday", "2025-04-29", "day", None),
    ("last night", "2025-04-29", "day", None),
    ("on Monday", "2025-04-28", "day", None),
    ("Wednesday", "2025-04-30", "day", None),
    ("last Wednesday", "2025-04-23", "day", None),
    ("three days ago", "2025-04-27", "day", None),
    ("earlier this month", "2025-04", "month", None),
    ("last month", "2025-03", "month", None),
    ("last week", "2025-04", "month", "last week"),
    ("earlier this week", "2025-04", "month", "this week"),
    ("at the weekend", "2025-04", "month", "weekend"),
    ("over the weekend", "2025-04", "month", "weekend"),
    ("this weekend", None, None, None),
    ("last year", "2024", "year", None),
    # a month named with "last year" or "this year" is that month of that year
    ("in April last year", "2024-04", "month", None),
    ("in early March this year", "2025-03", "month", "early"),
    ("in 2023", "2023", "year", None),
    ("2025-04-12", "2025-04-12", "day", None),
    ("recently", None, None, None),
    ("until now", None, None, None),
    # plurals are durations, not a week, month or year before publication
    ("last weeks", None, None, None),
    ("in the past weeks", None, None, None),
    ("last months", None, None, None),
]


@pytest.mark.parametrize(("text", "value", "precision", "qualifier"), CASES)
def test_resolve_against_publication_date(text, value, precision, qualifier):
    tv = resolve(text, PUB)
    assert (tv.value, tv.precision, tv.qualifier) == (value, precision, qualifier)
    assert tv.text == text


def test_year_of_a_date_without_one_is_never_after_publication():
    assert resolve("December 28", date(2025, 1, 5)).value == "2024-12-28"
    assert resolve("March", date(2025, 1, 5)).value == "2024-03"


@pytest.mark.parametrize(
    "text", ["April 26", "on Monday", "yesterday", "early March", "last month"]
)
def test_no_publication_date_means_no_invented_date(text):
    tv = resolve(text, None)
    assert tv.value is None and tv.precision is None
    assert tv.text == text


def test_explicit_year_resolves_without_publication_date():
    assert resolve("Feb. 24, 2022", None).value == "2022-02-24"
    assert resolve("August 2024", None).value == "2024-08"


def test_impossible_day_is_not_a_date():
    assert resolve("February 30", PUB).value is None


def test_first_day_of_each_precision():
    assert first_day("2025-03") == date(2025, 3, 1)
    assert first_day("2025") == date(2025, 1, 1)
    assert first_day("2025-04-26") == date(2025, 4, 26)


def test_a_weekend_across_two_months_has_no_date():
    # published Monday 2 June 2025: the weekend was 31 May and 1 June
    assert resolve("over the weekend", date(2025, 6, 2)).value is None
    assert resolve("earlier this week", date(2025, 6, 2)).value == "2025-06"
