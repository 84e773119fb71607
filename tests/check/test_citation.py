"""The citation check: canonical URL, title, outlet, the outlet's own date."""

from __future__ import annotations

import datetime as dt

from yoten.check.citation import check_citation
from yoten.models import SourceRef

TOKYO = dt.datetime(2023, 11, 3, 7, 10, tzinfo=dt.timezone(dt.timedelta(hours=9)))
CLEAN = "https://news.example/asia/putin-vietnam"


def cite(**changes: object) -> SourceRef:
    base = {
        "title": "Putin visits Vietnam",
        "outlet": "NewsExample",
        "date": dt.date(2023, 11, 3),
        "url": CLEAN,
    }
    base.update(changes)
    return SourceRef.model_validate(base)


def test_correct_citation_has_no_findings(make_article, make_digest) -> None:
    art = make_article("text", published=TOKYO)
    assert check_citation(make_digest(sources=[cite()]), art) == []


def test_tracking_parameters_warn_with_the_cleaned_url(make_article, make_digest) -> None:
    url = CLEAN + "?utm_medium=email&utm_source=nl&_ope=eyJndWlk"
    (finding,) = check_citation(
        make_digest(sources=[cite(url=url)]), make_article("t", published=TOKYO)
    )
    assert (finding.kind, finding.severity, finding.span, finding.section) == (
        "citation",
        "warning",
        url,
        "引用・参照・底本",
    )
    assert "utm_medium" in finding.message and "_ope" in finding.message
    assert finding.message.endswith(CLEAN)


def test_a_different_url_names_the_canonical_one(make_article, make_digest) -> None:
    (finding,) = check_citation(
        make_digest(sources=[cite(url="https://mirror.example/copy")]),
        make_article("t", published=TOKYO),
    )
    assert CLEAN in finding.message


def test_date_must_be_the_outlets_own_date_not_utc(make_article, make_digest) -> None:
    utc_day = cite(date=dt.date(2023, 11, 2))  # what .astimezone(UTC) would give
    (finding,) = check_citation(make_digest(sources=[utc_day]), make_article("t", published=TOKYO))
    assert finding.span == "2023.11.02"
    assert "2023.11.03" in finding.message


def test_title_and_outlet_must_match(make_article, make_digest) -> None:
    wrong = cite(title="Putin goes to Hanoi", outlet="OtherNews")
    found = check_citation(make_digest(sources=[wrong]), make_article("t", published=TOKYO))
    assert [f.span for f in found] == ["Putin goes to Hanoi", "OtherNews"]


def test_title_match_ignores_case_quotes_and_spacing(make_article, make_digest) -> None:
    art = make_article("t", published=TOKYO, title="Russia's Putin arrives in Vietnam")
    ok = cite(title="Russia’s PUTIN  arrives in Vietnam", outlet="NEWSEXAMPLE")
    assert check_citation(make_digest(sources=[ok]), art) == []


def test_unusable_url_is_reported(make_article, make_digest) -> None:
    (finding,) = check_citation(
        make_digest(sources=[cite(url="javascript:alert(1)")]), make_article("t", published=TOKYO)
    )
    assert "unusable" in finding.message


def test_a_multi_word_outlet_split_by_the_parser_is_not_a_wrong_title(
    make_article, make_digest
) -> None:
    # "<title> Rheinische Morgenpost Digital 2025.03.24" on one line: the parser takes
    # the last word for the outlet; title and outlet together are still the source's.
    art = make_article("t", published=TOKYO, title="Lokführer streiken ab Mittwoch")
    art = art.model_copy(update={"outlet": "Rheinische Morgenpost Digital"})
    split = cite(title="Lokführer streiken ab Mittwoch Rheinische Morgenpost", outlet="Digital")
    assert check_citation(make_digest(sources=[split]), art) == []
