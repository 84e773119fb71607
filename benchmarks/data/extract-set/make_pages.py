"""Write the labelled extraction pages (benchmarks/data/extract-set).

Each page reproduces one failure class of issue 13 with markup in the styles
real news and corporate sites use; labels.json holds the expected title, date
(null: the page states none) and article text (null: the page holds no article).
Written before the extraction code was changed, by reading only the issue.
"""

from __future__ import annotations

import html as h
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from texts import EN1, EN2, EN3, JA1, JA2, JA3, JA4, KO1

OUT = Path(sys.argv[1])
PAGES: dict[str, dict[str, object]] = {}


def paras(ps: list[str]) -> str:
    return "\n".join(f"<p>{h.escape(p)}</p>" for p in ps)


def nav(items: list[str]) -> str:
    return (
        "<nav class='global-nav'><ul>"
        + "".join(f"<li><a href='/{i}'>{h.escape(w)}</a></li>" for i, w in enumerate(items))
        + "</ul></nav>"
    )


def related(titles: list[str]) -> str:
    return (
        "<aside class='related'><h3>Related</h3><ul>"
        + "".join(f"<li><a href='/r/{i}'>{h.escape(t)}</a></li>" for i, t in enumerate(titles))
        + "</ul></aside>"
    )


def page(
    name: str,
    klass: str,
    body: str,
    *,
    head: str = "",
    lang: str = "en",
    title: str,
    date: str | None,
    text: list[str] | None,
    note: str,
) -> None:
    doc = f"<!DOCTYPE html>\n<html lang='{lang}'><head><meta charset='utf-8'>{head}</head>\n<body>\n{body}\n</body></html>\n"
    (OUT / "pages" / f"{name}.html").write_text(doc, encoding="utf-8")
    PAGES[name] = {
        "class": klass,
        "title": title,
        "date": date,
        "text": "\n".join(text) if text is not None else None,
        "note": note,
    }


EN_NAV = ["Home", "World", "Business", "Politics", "Science", "Sport", "Culture", "Opinion"]
JA_NAV = ["トップ", "国内", "国際", "経済", "スポーツ", "社会", "文化", "地域"]

# -- 1. wrong text ------------------------------------------------------------
page(
    "wrong-reprint-notice-ja",
    "wrong-text",
    f"""<header><div class='logo'><a href='/'>京洛新報</a></div>{nav(JA_NAV)}</header>
<main>
<article class='article-head'>
  <h1>市電の新路線、来春開業へ　京都駅から北へ5キロ</h1>
  <p class='date'>2024年6月4日 18:30</p>
  <div class='notice'><p>このページの記事・写真・図表の無断転載を禁じます。すべての内容は日本の著作権法並びに国際条約により保護されています。記事の利用を希望される場合は、著作権管理部までお問い合わせください。掲載している情報は記事執筆時点のものです。</p></div>
</article>
<div class='honbun'>
  <div class='photo'><img src='/img/2024/0604/tram.jpg' alt=''><span>新型車両のイメージ（京都市提供）</span></div>
  {paras(JA1)}
</div>
{related(["バス路線の再編案まとまる", "京都駅前の再開発、着工へ", "観光客数が過去最多に"])}
</main>
<footer><p>© 2024 京洛新報社</p></footer>""",
    head="<title>市電の新路線、来春開業へ　京都駅から北へ5キロ：京洛新報</title><meta property='og:site_name' content='京洛新報'><meta property='article:published_time' content='2024-06-04T18:30:00+09:00'>",
    lang="ja",
    title="市電の新路線、来春開業へ　京都駅から北へ5キロ",
    date="2024-06-04",
    text=JA1,
    note="a reprint notice inside <article>, the story in a sibling div",
)
page(
    "wrong-teaser-other-article-ja",
    "wrong-text",
    f"""<header><div class='logo'><a href='/'>京洛新報</a></div>{nav(JA_NAV)}</header>
<main>
<h1 class='headline'>鴨川の納涼床が営業開始　約90軒、9月末まで</h1>
<p class='byline'>2024年5月1日</p>
<div class='story-body'>
{paras(JA2)}
</div>
<article class='pickup'><h2><a href='/a/2024/0501/matsuri'>祇園祭の山鉾、組み立て始まる</a></h2><p>祇園祭の山鉾建てが始まった。</p></article>
</main>
<footer><p>© 2024 京洛新報社</p></footer>""",
    head="<title>鴨川の納涼床が営業開始　約90軒、9月末まで - 京洛新報</title><meta property='og:site_name' content='京洛新報'><meta name='pubdate' content='2024-05-01'>",
    lang="ja",
    title="鴨川の納涼床が営業開始　約90軒、9月末まで",
    date="2024-05-01",
    text=JA2,
    note="a short teaser of another article in the page's only <article> element",
)
page(
    "wrong-members-only-en",
    "wrong-text",
    f"""<header><a class='logo' href='/'>The Harbor Daily</a>{nav(EN_NAV)}</header>
<main><article>
<h1>Inside the negotiations that saved the harbor</h1>
<p class='byline'>By Ana Ruiz · June 3, 2024</p>
<div class='paywall'><p>This article is for subscribers only. Subscribe now to read the full story and get unlimited access to The Harbor Daily on any device. Already a subscriber? Log in to continue reading this members-only article.</p></div>
</article>
{related(["Harbor city opens tidal plant", "Ferry timetable changes"])}
</main>
<footer><p>© 2024 The Harbor Daily</p></footer>""",
    head="<title>Inside the negotiations that saved the harbor | The Harbor Daily</title><meta property='og:site_name' content='The Harbor Daily'><meta property='article:published_time' content='2024-06-03T09:00:00Z'>",
    title="Inside the negotiations that saved the harbor",
    date="2024-06-03",
    text=None,
    note="a members-only notice and nothing else: no article",
)
page(
    "wrong-ui-text-opening-ja",
    "wrong-text",
    f"""<header><div class='logo'><a href='/'>京洛新報</a></div>{nav(JA_NAV)}</header>
<main><article>
<h1>家庭用小型蓄電池「ミニセル」を発売へ　容量2キロワット時</h1>
<div class='tools'><p>無断転載禁止</p><p>メモ入力</p><p>-最大400文字まで</p><p>保存</p></div>
{paras(JA3)}
</article></main>
<footer><p>© 2024 京洛新報社</p></footer>""",
    head="<title>家庭用小型蓄電池「ミニセル」を発売へ　容量2キロワット時 | 京洛新報</title><meta property='og:site_name' content='京洛新報'><meta property='article:published_time' content='2024-05-20T10:00:00+09:00'>",
    lang="ja",
    title="家庭用小型蓄電池「ミニセル」を発売へ　容量2キロワット時",
    date="2024-05-20",
    text=JA3,
    note="UI text (memo box) before the article's first paragraph",
)
page(
    "wrong-reprint-notice-en",
    "wrong-text",
    f"""<header><a class='logo' href='/'>Alpine Courier</a>{nav(EN_NAV)}</header>
<main>
<article><h1>Mountain railway reopens after two-year rebuild</h1>
<p class='rights'>Copyright 2024 Alpine Courier. All rights reserved. This material may not be published, broadcast, rewritten or redistributed in whole or in part without prior written permission. For reprint and licensing requests, contact our syndication desk.</p></article>
<section class='body-copy'><div class='c'>{paras(EN3)}</div></section>
</main>""",
    head="<title>Mountain railway reopens after two-year rebuild - Alpine Courier</title><meta property='og:site_name' content='Alpine Courier'><meta property='article:published_time' content='2024-05-11T08:00:00+02:00'>",
    title="Mountain railway reopens after two-year rebuild",
    date="2024-05-11",
    text=EN3,
    note="a reprint notice in <article>, the story in a <section> after it",
)

# -- 2. dates -------------------------------------------------------------------
page(
    "date-ja-visible-copyright-year",
    "date",
    f"""<header><div class='logo'><a href='/'>京洛新報</a></div>{nav(JA_NAV)}</header>
<main><div class='article'>
<h1>市電の新路線、来春開業へ</h1>
<div class='meta'><span class='date'>2019年4月4日</span> <span class='cat'>地域</span></div>
<img src='/img/2017/kyoto-tram.jpg' alt='市電'>
{paras(JA1)}
</div></main>
<footer><p>Copyright © 2022 京洛新報社 All Rights Reserved.</p></footer>""",
    head="<title>市電の新路線、来春開業へ｜京洛新報</title>",
    lang="ja",
    title="市電の新路線、来春開業へ",
    date="2019-04-04",
    text=JA1,
    note="no date metadata; the visible date under the headline; a copyright year and an image path year",
)
page(
    "date-ja-last-updated",
    "date",
    f"""<div id='wrap'><div id='header'><a href='/'>鴨川観光協会</a></div>
<div id='contents'>
<h1>鴨川の納涼床が営業開始</h1>
<p class='update'>最終更新日：2019年4月2日</p>
{paras(JA2)}
</div>
<div id='footer'><p>(C) 2023 鴨川観光協会</p></div></div>""",
    head="<title>鴨川の納涼床が営業開始 - 鴨川観光協会</title>",
    lang="ja",
    title="鴨川の納涼床が営業開始",
    date="2019-04-02",
    text=JA2,
    note="「最終更新日：」 as the only date",
)
page(
    "date-en-visible",
    "date",
    f"""<header><a class='logo' href='/'>Harbor Daily</a>{nav(EN_NAV)}</header>
<main><div class='post'>
<h1>Harbor city switches on its first tidal power plant</h1>
<div class='post-meta'>Published April 4, 2019 · 4 min read</div>
{paras(EN1)}
</div></main>
<footer><p>© 2021 Harbor Daily Media</p></footer>""",
    head="<title>Harbor city switches on its first tidal power plant | Harbor Daily</title>",
    title="Harbor city switches on its first tidal power plant",
    date="2019-04-04",
    text=EN1,
    note="an English visible date, a later copyright year",
)
page(
    "date-none-copyright-only",
    "date",
    f"""<header><a class='logo' href='/'>Alpine Courier</a>{nav(EN_NAV)}</header>
<main><div class='story'>
<h1>Mountain railway reopens after a two-year rebuild</h1>
<img src='/uploads/2018/06/railway.jpg' alt='The railway'>
{paras(EN3)}
</div></main>
<footer><p>© 2022 Alpine Courier. All rights reserved.</p></footer>""",
    head="<title>Mountain railway reopens after a two-year rebuild</title>",
    title="Mountain railway reopens after a two-year rebuild",
    date=None,
    text=EN3,
    note="no date at all, only years (copyright, upload path): the date must stay empty",
)
page(
    "date-en-day-month",
    "date",
    f"""<header><a class='logo' href='/'>Capitol Report</a>{nav(EN_NAV)}</header>
<main><div class='story'>
<h1>Senate passes airline refund bill</h1>
<p class='dateline'>Updated 14:05 BST, 12 March 2024</p>
{paras(EN2)}
</div></main>
<footer><p>© 2024 Capitol Report</p></footer>""",
    head="<title>Senate passes airline refund bill - Capitol Report</title>",
    title="Senate passes airline refund bill",
    date="2024-03-12",
    text=EN2,
    note="day-month-year with a time before it",
)

# -- 3. titles ------------------------------------------------------------------
page(
    "title-korean-site-name",
    "title",
    f"""<header><h1 class='logo'><a href='/'>한빛일보</a></h1>{nav(["홈", "정치", "경제", "사회", "국제", "문화"])}</header>
<main><div class='article-head'><h2 class='article-title'>한강 수상버스 7월 정식 운항…마곡~잠실 7개 선착장</h2><p class='date'>2024.06.05 10:21</p></div>
<div class='article-body'>{paras(KO1)}</div></main>
<footer><p>Copyright © 한빛일보 All rights reserved.</p></footer>""",
    head="<title>한빛일보</title><meta property='og:site_name' content='한빛일보'><meta property='og:title' content='한빛일보'><meta property='article:published_time' content='2024-06-05T10:21:00+09:00'>",
    lang="ko",
    title="한강 수상버스 7월 정식 운항…마곡~잠실 7개 선착장",
    date="2024-06-05",
    text=KO1,
    note="<title>, og:title and the first <h1> are the site's name; the headline is an <h2>",
)
page(
    "title-ja-section-name",
    "title",
    f"""<header><div class='logo'><a href='/'>株式会社サンプル</a></div>{nav(["製品", "企業情報", "ニュース", "採用"])}</header>
<main><h1 class='page-title'>ニュースリリース</h1>
<div class='release'><p class='date'>2024年5月15日</p><h2>家庭用小型蓄電池「ミニセル」発売のお知らせ</h2>
{paras(JA3)}</div></main>
<footer><p>© 2024 Sample Co., Ltd.</p></footer>""",
    head="<title>家庭用小型蓄電池「ミニセル」発売のお知らせ | ニュースリリース | 株式会社サンプル</title><meta property='og:site_name' content='株式会社サンプル'>",
    lang="ja",
    title="家庭用小型蓄電池「ミニセル」発売のお知らせ",
    date="2024-05-15",
    text=JA3,
    note="the <h1> is the section name 「ニュースリリース」; the <title> is headline | section | company",
)
page(
    "title-ja-event-section",
    "title",
    f"""<header><div class='logo'><a href='/'>京都産業会館</a></div></header>
<main><h1>イベント・セミナー情報</h1>
<div class='entry'><h2 class='entry-title'>市電の新路線、来春開業へ　説明会を開催</h2><p>2024年6月4日</p>
{paras(JA1)}</div></main>""",
    head="<title>市電の新路線、来春開業へ　説明会を開催 - イベント・セミナー情報 - 京都産業会館</title><meta property='og:site_name' content='京都産業会館'>",
    lang="ja",
    title="市電の新路線、来春開業へ　説明会を開催",
    date="2024-06-04",
    text=JA1,
    note="the <h1> is the section 「イベント・セミナー情報」",
)
page(
    "title-ja-suffix-sports",
    "title",
    f"""<header><div class='logo'><a href='/'>読日新聞オンライン</a></div>{nav(JA_NAV)}</header>
<main><article><h1>大谷が2本塁打、連敗止める　リーグ単独トップの15号</h1><time datetime='2024-06-03T23:10:00+09:00'>2024/06/03 23:10</time>
{paras(JA4)}</article></main>""",
    head="<title>大谷が2本塁打、連敗止める　リーグ単独トップの15号 : スポーツ : 読日新聞オンライン</title><meta property='og:title' content='大谷が2本塁打、連敗止める　リーグ単独トップの15号 : スポーツ'><meta property='og:site_name' content='読日新聞オンライン'>",
    lang="ja",
    title="大谷が2本塁打、連敗止める　リーグ単独トップの15号",
    date="2024-06-03",
    text=JA4,
    note="og:title keeps the section suffix 「 : スポーツ」",
)
page(
    "title-cnn-politics-suffix",
    "title",
    f"""<header><a class='logo' href='/'>CNN</a>{nav(EN_NAV)}</header>
<main><div class='headline'><h1 class='headline__text'>Senate passes bill requiring cash refunds for cancelled flights</h1></div>
<div class='byline'>Updated 6:02 PM EDT, Tue May 7, 2024</div>
<div class='article__content'>{paras(EN2)}</div></main>""",
    head="<title>Senate passes bill requiring cash refunds for cancelled flights | CNN Politics</title><meta property='og:title' content='Senate passes bill requiring cash refunds for cancelled flights | CNN Politics'><meta property='og:site_name' content='CNN'><meta property='article:published_time' content='2024-05-07T21:15:00Z'>",
    title="Senate passes bill requiring cash refunds for cancelled flights",
    date="2024-05-07",
    text=EN2,
    note="a section suffix that starts with the site's name",
)
page(
    "title-published-year-suffix",
    "title",
    f"""<header><a class='logo' href='/'>The Gazette</a>{nav(EN_NAV)}</header>
<main><article><header><h1 itemprop='headline'>Harbor City Bets Its Future on the Tide</h1><time datetime='2016-09-14T05:00:00-04:00'>Sept. 14, 2016</time></header>
<section name='articleBody'>{paras(EN1)}</section></article></main>""",
    head="<title>Harbor City Bets Its Future on the Tide (Published 2016)</title><meta property='og:title' content='Harbor City Bets Its Future on the Tide (Published 2016)'><meta property='og:site_name' content='The Gazette'>",
    title="Harbor City Bets Its Future on the Tide",
    date="2016-09-14",
    text=EN1,
    note='"(Published 2016)" appended to the title',
)
page(
    "title-more-from-widget",
    "title",
    f"""<div class='site'><div class='sidebar'><h1 class='widget-title'>More From Thought Catalog</h1><ul><li><a href='/a'>Ten things about autumn</a></li><li><a href='/b'>Why we travel</a></li></ul>
<h1 class='widget-title'>Follow us on Twitter</h1></div>
<div class='content'><h1 class='entry-title'>A railway in the mountains, rebuilt</h1><p class='date'>May 11, 2024</p>
{paras(EN3)}</div></div>""",
    head="<title>A railway in the mountains, rebuilt | Thought Catalog</title><meta property='og:site_name' content='Thought Catalog'>",
    title="A railway in the mountains, rebuilt",
    date="2024-05-11",
    text=EN3,
    note="widget headings are <h1>s before the article's <h1>",
)

# -- 4. controls ----------------------------------------------------------------
page(
    "control-en-news",
    "control",
    f"""<header><a class='logo' href='/'>Harbor Daily</a>{nav(EN_NAV)}</header>
<main><article><h1>Harbor city switches on its first tidal power plant</h1><p class='byline'>By Tom Reed</p>
{paras(EN1)}
<div class='share'><a href='/s/fb'>Share</a> <a href='/s/x'>Post</a></div></article>
{related(["Ferry timetable changes", "School switches to four-day week"])}</main>
<footer><p>© 2024 Harbor Daily</p></footer>""",
    head="<title>Harbor city switches on its first tidal power plant - Harbor Daily</title><meta property='og:title' content='Harbor city switches on its first tidal power plant'><meta property='og:site_name' content='Harbor Daily'><meta property='article:published_time' content='2024-06-20T07:00:00+01:00'>",
    title="Harbor city switches on its first tidal power plant",
    date="2024-06-20",
    text=EN1,
    note="an ordinary article page",
)
page(
    "control-ja-news",
    "control",
    f"""<header><div class='logo'><a href='/'>京洛新報</a></div>{nav(JA_NAV)}</header>
<main><article><h1>鴨川の納涼床が営業開始　約90軒、9月末まで</h1>
{paras(JA2)}</article>{related(["祇園祭の山鉾、組み立て始まる", "嵐山の竹林、入場制限へ"])}</main>
<footer><p>© 2024 京洛新報社</p></footer>""",
    head='<title>鴨川の納涼床が営業開始　約90軒、9月末まで：京洛新報</title><meta property=\'og:site_name\' content=\'京洛新報\'><script type=\'application/ld+json\'>{"@context":"https://schema.org","@type":"NewsArticle","headline":"鴨川の納涼床が営業開始　約90軒、9月末まで","datePublished":"2024-05-01T17:00:00+09:00"}</script>',
    lang="ja",
    title="鴨川の納涼床が営業開始　約90軒、9月末まで",
    date="2024-05-01",
    text=JA2,
    note="an ordinary Japanese article with JSON-LD",
)
page(
    "control-ko-news",
    "control",
    f"""<header><a class='logo' href='/'>한빛일보</a></header>
<main><article><h1>한강 수상버스 7월 정식 운항</h1>{paras(KO1)}</article></main>""",
    head="<title>한강 수상버스 7월 정식 운항 - 한빛일보</title><meta property='og:site_name' content='한빛일보'><meta property='article:published_time' content='2024-06-05T10:21:00+09:00'>",
    lang="ko",
    title="한강 수상버스 7월 정식 운항",
    date="2024-06-05",
    text=KO1,
    note="an ordinary Korean article",
)

(OUT / "labels.json").write_text(
    json.dumps(PAGES, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
)
print(len(PAGES), "pages")
