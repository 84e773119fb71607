"""Members-only pages told by their structure (yoten.ingest.paywall), not by a phrase list."""

from __future__ import annotations

import pytest

from yoten.errors import IngestError
from yoten.ingest.extract import NO_ARTICLE, extract_article
from yoten.ingest.paywall import _says

STORY = [
    "The county's new flood barrier was raised for the first time on Sunday night as the river "
    "rose to within a metre of the quay.",
    "Engineers had tested the barrier twice since it was finished in the autumn, but never with "
    "the river this high. It held, and the shops along the quay stayed dry.",
    "The barrier cost £18 million and took three years to build. It can be raised in about "
    "forty minutes by a crew of four, and it protects some 600 homes and businesses.",
    "Residents who had been flooded three times in ten years watched from the bridge. Several "
    "said it was the first storm in years they had not spent moving furniture upstairs.",
    "The environment agency said it would publish the barrier's readings later this week and "
    "review whether the warning sirens on the quay should sound earlier.",
    "A second barrier, further downstream at Millbrook, is due to be finished next spring, when "
    "the agency will begin work on the banks above the town bridge.",
    "Councillors have asked for the two barriers to be run together, so that raising one does "
    "not push the water onto the villages on the other bank.",
    "The agency said it would consult villagers on that plan in the summer.",
    "Shopkeepers on the quay said their insurers had already asked for the barrier's records, "
    "and several hoped that premiums would fall now that it had been shown to work.",
    "The barrier's gates are steel, each weighing eleven tonnes, and they sit in a concrete sill "
    "that runs the width of the river below the old fish market.",
    "When they are down, boats pass over them without noticing. When they are up, the quay is "
    "closed to traffic and the footpath is diverted over the town bridge.",
    "The crew that raised them on Sunday had trained for months on a model in the depot, the "
    "agency said, and they had the gates up twelve minutes faster than planned.",
    "Next winter the agency hopes to add a second crew so that the barrier can be raised at "
    "night without calling staff in from home.",
]


def page(paragraphs: list[str], *, after: str = "", head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<html lang='en'><head><title>Flood barrier holds on its first test</title>"
        "<meta property='article:published_time' content='2025-01-12T08:00:00Z'>"
        f"{head}</head><body><main><article><h1>Flood barrier holds on its first test</h1>"
        f"{body}{after}</article></main></body></html>"
    )


PROMPT = (
    "<div class='cta'><p>Sign in or start a membership to keep reading this story.</p>"
    "<a href='/join/membership'>Join now</a></div>"
)
DECLARED = (
    '<script type=\'application/ld+json\'>{"@type": "NewsArticle", '
    '"isAccessibleForFree": false}</script>'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Members can read it", True),
        ("Remember the harbour", False),  # a Latin word must start a word of the text
        ("This is a dismembered plot", False),
        ("会員の方はログイン", True),
        ("Jetzt abonnieren", True),
    ],
)
def test_access_words_start_a_word(text: str, expected: bool) -> None:
    assert _says("access", text) is expected


def test_a_teaser_before_a_prompt_is_refused() -> None:
    with pytest.raises(IngestError, match=f"{NO_ARTICLE}: the page shows a subscription notice"):
        extract_article(page(STORY[:3], after=PROMPT))


def test_the_whole_story_before_a_prompt_is_kept_without_the_prompt() -> None:
    article = extract_article(page(STORY, after=PROMPT))
    assert article.paragraphs == STORY


def test_a_prompt_before_the_end_of_the_story_is_no_gate() -> None:
    article = extract_article(
        page(STORY[:2], after=PROMPT + "".join(f"<p>{p}</p>" for p in STORY[2:4]))
    )
    assert STORY[3] in article.paragraphs


def test_a_declaration_alone_refuses_only_a_short_teaser() -> None:
    with pytest.raises(IngestError, match="subscription notice"):
        extract_article(page(STORY[:2], head=DECLARED))
    # about 900 characters: a short story on a metered site that serves it whole
    assert extract_article(page(STORY[:7], head=DECLARED)).paragraphs == STORY[:7]


def test_a_hidden_prompt_is_no_gate() -> None:
    hidden = PROMPT.replace("<div class='cta'>", "<div class='cta' hidden>")
    assert extract_article(page(STORY[:3], after=hidden)).paragraphs == STORY[:3]


def test_a_body_class_that_mentions_a_menu_does_not_hide_the_gate() -> None:
    html = page(STORY[:3], after=PROMPT).replace(
        "<body>", "<body class='has-navigation menu-open'>"
    )
    with pytest.raises(IngestError, match="subscription notice"):
        extract_article(html)


def test_a_poll_and_a_memo_box_after_a_short_japanese_story_are_no_gate() -> None:
    # "この記事は役に立ちましたか" asks for a vote and "メモを登録" saves a note:
    # neither says that the rest of the story is behind a sign-up.
    story = [
        "中堅の精密部品メーカー、三峰精工は10日、医療用ポンプを生産する新工場を建設すると発表した。",
        "投資額は約85億円で、2027年1月の稼働を目指す。生産能力は現在の約2.5倍になる。",
    ]
    after = (
        "<div class='poll-box'><p>この記事は役に立ちましたか？</p>"
        "<button>役に立った</button><button>役に立たなかった</button>"
        "<div class='memo-panel'><p>この記事のメモを書き留めておけます。</p>"
        "<button>メモを登録</button></div></div>"
    )
    html = page(story, after=after).replace("lang='en'", "lang='ja'")
    article = extract_article(html)
    assert "85億円" in article.text


LEDE_JA = (
    "市が進める港の再開発計画をめぐり、19日夜に開かれた住民説明会では、漁業者や商店主から"
    "計画の見直しを求める声が相次いだ。市は来年度中の着工を目指している。"
)
GATE_JA = (
    "<div class='gate'><p>この続きは有料会員の方のみお読みいただけます</p>"
    "<a href='/subscribe'>有料会員に登録する</a><p>会員の方は<a href='/login'>ログイン</a></p></div>"
)
SITE_FOOT_JA = (
    "<div class='foot'><p>港湾タイムズは港湾タイムズ社が発行するニュースサイトです。"
    "港町の話題を毎日お届けしています。</p></div>"
)


def japanese_page(story: str) -> str:
    return (
        "<html lang='ja'><head><meta charset='utf-8'><title>港の再開発、住民説明会で異論相次ぐ</title>"
        "</head><body>" + story + SITE_FOOT_JA + "</body></html>"
    )


def test_a_site_footer_kept_after_the_teaser_does_not_hide_the_gate() -> None:
    # the lede ends at a full stop, and the extractor keeps the footer after it: the
    # footer is not inside the gate's parent, so the gate still ends the story
    html = japanese_page(
        f"<div class='story'><h1>港の再開発、住民説明会で異論相次ぐ</h1><p>{LEDE_JA}</p>{GATE_JA}</div>"
    )
    with pytest.raises(IngestError, match="subscription notice"):
        extract_article(html)


def test_a_gate_above_the_whole_story_does_not_end_it() -> None:
    story = "".join(f"<p>{LEDE_JA}</p>" for _ in range(2))
    html = japanese_page(
        f"<div class='top'>{GATE_JA}</div>"
        f"<div class='story'><h1>港の再開発、住民説明会で異論相次ぐ</h1>{story}</div>"
    )
    assert LEDE_JA in extract_article(html).paragraphs
