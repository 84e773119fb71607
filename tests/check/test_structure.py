"""The structure check: sections present, topics filled, 要点 agreeing with 詳細."""

from __future__ import annotations

from yoten.check.structure import check_structure
from yoten.models import Details, Digest, Section, Topic


def test_complete_digest_has_no_findings(make_digest) -> None:
    assert check_structure(make_digest("リード")) == []


def test_missing_sections_warn_with_their_markers() -> None:
    found = check_structure(Digest(headline="見出し"))
    assert [(f.kind, f.severity, f.span) for f in found] == [
        ("structure", "warning", "【概要】"),
        ("structure", "warning", "【詳細】"),
        ("structure", "warning", "【要点】"),
        ("structure", "warning", "【引用・参照・底本】"),
    ]


def test_empty_topics_and_sections_warn(make_digest) -> None:
    d = make_digest("リード")
    d.details.topics.append(Topic(heading="空の話題"))
    d.details.topics.append(Topic(heading="話題", sections=[Section(heading="空の節")]))
    spans = [f.span for f in check_structure(d)]
    assert spans == ["空の話題", "空の節"]


def test_key_point_topic_missing_from_details_warns(make_digest) -> None:
    d = make_digest("リード")
    d.key_points.append(
        Topic(heading="今後の見通し", sections=[Section(heading="展望", bullets=["・続く"])])
    )
    (finding,) = check_structure(d)
    assert (finding.section, finding.span) == ("要点", "今後の見通し")


def test_details_without_topics_do_not_trigger_topic_comparison(make_digest) -> None:
    d = make_digest("リード")
    d = d.model_copy(update={"details": Details(intro=["導入のみ"])})
    assert check_structure(d) == []
