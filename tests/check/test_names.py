"""The names check: Latin text in parentheses must occur in the source."""

from __future__ import annotations

from yoten.check.names import check_names, latin_in_parentheses
from yoten.check.pieces import Piece
from yoten.check.source import SourceIndex

SOURCE = (
    "President Tô Lâm and party chief Nguyễn Phú Trọng met Putin. "
    "The European Central Bank kept rates on hold, and the IMF warned."
)


def spans(make_article, text: str) -> list[str]:
    return [
        f.span
        for f in check_names([Piece("概要", "paragraph", text)], SourceIndex(make_article(SOURCE)))
    ]


def test_names_in_the_source_pass_with_diacritics_folded(make_article) -> None:
    assert (
        spans(
            make_article, "ト・ラム(To Lam)国家主席とグエン・フー・チョン（Nguyen Phu Trong）書記長"
        )
        == []
    )


def test_abbreviation_spelled_out_in_the_source_passes(make_article) -> None:
    assert spans(make_article, "欧州中央銀行(ECB)と国際通貨基金(IMF)") == []


def test_generic_terms_pass(make_article) -> None:
    assert spans(make_article, "国内総生産(GDP)") == []


def test_name_the_source_never_mentions_is_an_unverified_warning(make_article) -> None:
    (finding,) = check_names(
        [Piece("詳細", "bullet", "ハンス・ミュラー(Hans Müller)氏は")],
        SourceIndex(make_article(SOURCE)),
    )
    assert (finding.kind, finding.severity, finding.span, finding.section) == (
        "name",
        "warning",
        "ハンス・ミュラー(Hans Müller)",  # the name as the digest writes it
        "詳細",
    )
    assert "Hans Müller" in finding.message


def test_unknown_abbreviation_is_an_error(make_article) -> None:
    assert spans(make_article, "国際航空運送協会(IATA)") == ["IATA"]


def test_partial_words_do_not_count(make_article) -> None:
    # "Lam" occurs, "La" alone does not stand as a word
    assert spans(make_article, "ラ(La)") == ["La"]


def test_latin_runs_in_mixed_parentheses() -> None:
    assert [
        n for n, _ in latin_in_parentheses("欧州中央銀行(ECB、European Central Bank)、(2022年)")
    ] == [
        "ECB",
        "European Central Bank",
    ]


def test_a_short_form_from_the_table_passes_when_the_source_spells_it_out(make_article) -> None:
    source = SourceIndex(make_article("The Federal Reserve left rates unchanged."))
    assert check_names([Piece("概要", "paragraph", "米連邦準備制度理事会(FRB)は")], source) == []


def test_the_user_glossary_extends_the_short_forms(make_article) -> None:
    from yoten.check.glossary import Glossary

    source = SourceIndex(make_article("Transit Authority of Halvora raised fares."))
    piece = Piece("概要", "paragraph", "ハルボラ交通局(HTA)は")
    assert [f.span for f in check_names([piece], source)] == ["HTA"]
    glossary = Glossary({"Transit Authority of Halvora": "HTA"})
    assert check_names([piece], source, glossary) == []


def test_initials_the_source_never_writes_are_a_warning(make_article) -> None:
    source = SourceIndex(make_article("The Prairie Educators Association welcomed the vote."))
    (finding,) = check_names([Piece("概要", "paragraph", "プレーリー教育協会(PEA)は")], source)
    assert (finding.kind, finding.severity, finding.span) == ("name", "warning", "PEA")
    assert "never writes PEA" in finding.message
    # written by the source itself: fine
    source = SourceIndex(make_article("The Prairie Educators Association (PEA) welcomed it."))
    assert check_names([Piece("概要", "paragraph", "プレーリー教育協会(PEA)は")], source) == []
