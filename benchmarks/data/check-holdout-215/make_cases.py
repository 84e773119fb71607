"""Write specs, then digests and expected.json (digests from a Japanese template; values computed here)."""
import json, pathlib, random
from datetime import timedelta, timezone
import gen
HERE = pathlib.Path(__file__).parent
JST = timezone(timedelta(hours=9))
WDJ = "月火水木金土日"
LANGS = ["en"]*7+["fr"]*2+["de"]+["es"]+["ja"] + ["en"]*7+["fr"]+["de"]*2+["es"]+["ja"]
OFF = {"en": [("+10:00","AEST"),("-07:00","MST"),("+05:30","IST"),("-10:00","HST"),("+08:00","SGT")],
       "fr": [("+01:00","heure de Paris")], "de": [("+01:00","MEZ")], "es": [("+01:00","hora peninsular")], "ja": [("+09:00","JST")]}
CITIES = ["Harlow Bay","Port Emberly","Cedarford","Wexmoor","Larkhaven","Brindlewick","Ostrava Falls","Maplecross","Quillon","Redvale","Tamsworth","Glenhollow",
          "Norbridge","Ashcombe","Fenwick Harbor","Silverpine","Caldermouth","Ravensholt","Dunmore Flats","Kestrel Point","Hollins","Westerly","Oakmere","Pelham Ridge"]
CITY_JA = ["ハーロウ・ベイ","ポート・エンバリー","シーダーフォード","ウェクスムーア","ラークヘイブン","ブリンドルウィック","オストラバ・フォールズ","メープルクロス","キロン","レッドベール","タムズワース","グレンホロー",
           "ノーブリッジ","アッシュコム","フェンウィック・ハーバー","シルバーパイン","カルダーマウス","レイブンズホルト","ダンモア・フラッツ","ケストレル・ポイント","ホリンズ","ウェスタリー","オークミア","ペラム・リッジ"]
PEOPLE = [("Dana Whitlock","ダナ・ウィットロック"),("Marcus Oyelaran","マーカス・オイェララン"),("Priya Castellan","プリヤ・カステラン"),("Tobias Fenn","トビアス・フェン"),
          ("Helena Marsh","ヘレナ・マーシュ"),("Owen Gatri","オーウェン・ガトリ"),("Ruth Calloway","ルース・キャロウェイ")]
random.seed(215)
def build(i):
    L = LANGS[i]; clean = i < 12
    name = f"{'clean' if clean else 'err'}-{CITIES[i].lower().replace(' ','-')}-rents"
    c, cj = CITIES[i], CITY_JA[i]
    if L == "fr": pn, pj = ("Claire Vautrin","クレール・ボトラン"); body, bj = f"Observatoire du logement de {c}", f"{cj}住宅観測所"
    elif L == "de": pn, pj = ("Jonas Brettschneider","ヨナス・ブレットシュナイダー"); body, bj = f"Wohnungsinstitut {c}", f"{cj}住宅研究所"
    elif L == "es": pn, pj = ("Lucía Arriaga","ルシア・アリアガ"); body, bj = f"Observatorio de Vivienda de {c}", f"{cj}住宅観測所"
    elif L == "ja": pn, pj = ("早瀬真理","早瀬真理"); body, bj = f"{cj}住宅研究所", f"{cj}住宅研究所"
    else: pn, pj = PEOPLE[i % 7]; body, bj = f"{c} Housing Observatory", f"{cj}住宅観測所"
    co, coj = (f"Larchmont Build", "ラーチモント・ビルド") if i % 2 else ("Greystone Habitat", "グレイストーン・ハビタット")
    if L == "ja": co, coj = "ミナト住建", "ミナト住建"
    base = {"en": 1800, "fr": 900, "de": 950, "es": 850, "ja": 98000}[L]
    ro = base + random.randint(0, 40) * (1000 if L == "ja" else 10)
    rn = ro + random.randint(6, 16) * (1000 if L == "ja" else 10)
    r_old = round(random.uniform(5.5, 6.5) if L in ("en",) else random.uniform(1.0, 3.5), 2)
    r_new = round(r_old + random.uniform(0.3, 1.2), 2)
    nt = random.randint(1200, 3000); nb = int(nt * (random.randint(3, 6) / 10 + random.uniform(-0.025, 0.025)))
    y = 2026; m = random.randint(2, 11); d = random.randint(3, 24)
    from datetime import datetime
    off, tzn = OFF[L][i % len(OFF[L])]
    if L in ("fr", "de", "es") and 4 <= m <= 10:
        off, tzn = "+02:00", {"fr": "heure de Paris", "de": "MESZ", "es": "hora peninsular"}[L]
    pub = datetime(y, m, d, random.randint(6, 10), random.choice([0, 15, 30, 45]))
    rb = random.randint(1, 3)
    vd = pub + timedelta(days=random.randint(4, 9)); vd = vd.replace(hour=random.choice([18, 19, 20, 21]), minute=random.choice([0, 30]))
    q = (m - 1) // 3 or 4; qy = y if q < 4 or m > 3 else y - 1
    if m <= 3: q, qy = 4, y - 1
    else: q = (m - 1) // 3
    spec = dict(lang=L, outlet=f"The {c} Ledger" if L == "en" else {"fr": f"Le Courrier de {c}", "de": f"{c}er Rundschau", "es": f"Diario de {c}", "ja": f"{cj}新報"}[L],
                url=f"https://www.{c.lower().replace(' ','')}-news.example/housing/{y}/{m:02d}/{d:02d}/rents-report",
                title={"en": f"{c} rents climb as mortgage costs push buyers back to renting", "fr": f"À {c}, les loyers s'envolent sous l'effet du crédit cher",
                       "de": f"Mieten in {c} steigen weiter – Kredite bleiben teuer", "es": f"El alquiler en {c} se dispara por el encarecimiento de las hipotecas",
                       "ja": f"{cj}の家賃上昇続く　住宅ローン金利高で賃貸に回帰"}[L],
                author="Staff reporter" if L != "ja" else "経済部", offset=off, tzname=tzn, tzname_pub=tzn, pub=pub.strftime("%Y-%m-%d %H:%M"),
                city=c if L != "ja" else cj, body=body, person=pn, age=str(random.randint(38, 61)), company=co,
                rent_old=ro, rent_new=rn, rate_old=f"{r_old:.2f}", rate_new=f"{r_new:.2f}", n_total=nt, n_burd=nb,
                report_back=rb, vote=vd.strftime("%Y-%m-%d %H:%M"), quarter=q, qyear=qy, units=random.randint(6, 30) * 50,
                founded=random.randint(1962, 2004), fy_end=y + 1, area=random.randint(12, 80), dist=random.randint(3, 9),
                size=random.randint(600, 900) if L == "en" else random.randint(45, 70),
                budget=(random.choice([1200, 1500, 2400, 850, 600]) if L in ("en", "es") else random.choice([1200, 1500])) if L != "ja" else random.choice([120, 340, 560]))
    (HERE / "specs" / f"{name}.txt").write_text("".join(f"{k} = {v}\n" for k, v in spec.items()), encoding="utf-8")
    f, paras = gen.render(name)
    return name, f, cj, pj, bj, coj, clean

def digest(f, cj, pj, bj, coj):
    L = f["lang"]; cur = {"en": "ドル", "ja": "円"}.get(L, "ユーロ")
    ro, rn = f["rent_old"], f["rent_new"]
    def jn(n):
        return (f"{n//10000}万{n%10000 if n%10000 else ''}" if n >= 10000 else str(n))
    pct = (rn - ro) / ro * 100
    pp = round(f["rate_new"] - f["rate_old"], 2)
    share = round(f["n_burd"] / f["n_total"] * 10)
    q = f["quarter"]; rd = f["report_dt"]; vd = f["vote_dt"]; vj = vd.astimezone(JST)
    bud = f["budget"]
    bud_j = (f"{bud//100}億{(bud%100)*100 or ''}{'万' if bud%100 else ''}" if L != "ja" else f"{bud}億")
    if L != "ja" and bud >= 100: bud_j = f"{bud//100}億" + (f"{bud%100}00万" if bud % 100 else "")
    years = 2026 - f["founded"]
    if L == "en":
        area = f"約{round(f['area']*0.404686)}ヘクタール"; dist = f"約{round(f['dist']*1.609344)}キロ"; size = f"約{round(f['size']*0.092903)}平方メートル"
    else:
        area = f"{f['area']}ヘクタール"; dist = f"約{f['dist']}キロ"; size = f"{f['size']}平方メートル"
    vote_line = (f"{vd.month}月{vd.day}日（{WDJ[vd.weekday()]}）午後{vd.hour-12}時{vd.minute or ''}{'分' if vd.minute else ''}" +
                 ("" if L == "ja" else f"（日本時間{vj.month}月{vj.day}日（{WDJ[vj.weekday()]}）{'午前' if vj.hour < 12 else '午後'}{vj.hour % 12}時{vj.minute or ''}{'分' if vj.minute else ''}）"))
    pd = f["pub_dt"]
    T = {}
    T["title"] = f"{cj}:家賃上昇、ローン高で賃貸回帰{pd.year}年{pd.month:02d}月{pd.day:02d}日 {pd.hour:02d}:{pd.minute:02d}"
    T["rent"] = f"{jn(rn)}{cur}"
    txt = f"""{T['title']}

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 {cj}の平均月額家賃が{qy_months(f)}に{jn(rn)}{cur}となり、前年同期の{jn(ro)}{cur}から{jn(rn-ro)}{cur}、約{pct:.1f}%上昇した。{bj}が{rd.month}月{rd.day}日に公表した報告書で明らかになった。住宅ローン金利の上昇で購入をあきらめた層が賃貸市場にとどまり、家賃を押し上げている。

 主なハイライト

 重い家賃負担:調査対象の賃貸世帯{f['n_total']}世帯のうち{f['n_burd']}世帯、約{share}割が収入の3分の1超を家賃に充てている。

 ローン金利:住宅ローンの平均金利は先月{f['rate_new']:.2f}%で、1年前の{f['rate_old']:.2f}%から{pp:.2f}ポイント上昇した。

 市議会の採決:市議会は{vote_line}、総額{bud_j}{cur}の住宅対策を採決する。

 文脈

 開発計画:資金の一部は創業{years}年の開発会社{coj}に回り、中心部から{dist}の旧鉄道用地{area}に{f['units']}戸を建設する。

 賃金との差:{bj}の調査責任者{pj}氏({f['age']})は、ほぼすべての地区で家賃の伸びが賃金を上回っていると指摘した。

 対策が家賃の上昇を抑えられるかどうかは、3カ月後に公表される次回調査で検証される。

【詳細】

 {cj}では家賃の上昇と住宅ローン金利の高止まりが重なり、借り手の負担が広がっている。以下、調査の内容と市の対策を整理する。

 家賃と金利の動向

 1.家賃の上昇

 ・{qy_months(f)}の平均月額家賃は{jn(rn)}{cur}で、前年同期の{jn(ro)}{cur}を{jn(rn-ro)}{cur}上回った。
 ・報告書は{rd.month}月{rd.day}日（{WDJ[rd.weekday()]}）に公表された。

 2.家賃負担と金利

 ・{f['n_total']}世帯中{f['n_burd']}世帯が収入の3分の1超を家賃に支払っている。
 ・住宅ローン平均金利は{f['rate_old']:.2f}%から{f['rate_new']:.2f}%へ上昇し、購入希望者が賃貸に戻っている。
 ・{pj}氏は、5年前に余裕をもって借りていた家族が、狭い住まいか長い通勤かの選択を迫られていると述べた。

 市の住宅対策

 1.採決の日程と規模

 ・採決は{vote_line}に予定されている。
 ・総額{bud_j}{cur}で、手頃な住宅の新設と緊急家賃補助の拡充を柱とし、市として過去最大となる。

 2.開発会社の計画

 ・{f['founded']}年創業の{coj}は{f['units']}戸を建設し、第1期の完成を{f['fy_end']}年3月期に見込む。
 ・新築の1寝室住戸は{size}で、約3分の1を所得中央値未満の世帯向けとする。

 一方、市議会の一部は新築偏重で既存の借家人の保護が手薄だと批判し、家主団体は規制強化が古い建物への投資を冷やすと警告している。

【要点】

 家賃と金利の動向

 1.家賃の上昇

 ・平均家賃は{jn(rn)}{cur}、前年同期比約{pct:.1f}%上昇。

 2.家賃負担と金利

 ・約{share}割の世帯が収入の3分の1超を家賃に充てる。
 ・ローン金利は{pp:.2f}ポイント上昇の{f['rate_new']:.2f}%。

 市の住宅対策

 1.採決の日程と規模

 ・{vd.month}月{vd.day}日に総額{bud_j}{cur}の対策を採決。

 2.開発会社の計画

 ・{coj}が{f['units']}戸を建設、第1期は{f['fy_end']}年3月期に完成予定。

【引用・参照・底本】

{f['title']} {f['outlet']} {pd.year}.{pd.month:02d}.{pd.day:02d}

{f['url']}
"""
    return txt, dict(rn=jn(rn)+cur, pct=f"約{pct:.1f}%", pp=f"{pp:.2f}ポイント", share=f"約{share}割", years=f"創業{years}年",
                     fy=f"{f['fy_end']}年3月期", units=f"{f['units']}戸", bud=f"{bud_j}{cur}", rd=f"{rd.month}月{rd.day}日に公表", url=f["url"], pj=pj, cj=cj, bj=bj,
                     vote=vote_line, f=f, qm=qy_months(f), pd=pd)

def qy_months(f):
    q = f["quarter"]; return f"{f['qyear']}年{q*3-2}〜{q*3}月期"


def rep(t, old, new, which):
    assert old in t, old
    if which == "first":
        return t.replace(old, new, 1)
    i = t.rindex(old)
    return t[:i] + new + t[i + len(old):]


def plant(t, kind, v):
    """Return (text, finding) for one planted slip."""
    f = v["f"]
    if kind == "rent_swap":
        old = v["rn"]; digits = re.sub(r"\D", "", old)
        num = re.match(r"[\d万]+", old).group(0)
        new_num = num[0] + num[2] + num[1] + num[3:] if num[1] != num[2] else num[0] + str((int(num[1]) + 3) % 10) + num[2:]
        new = new_num + old[len(num):]
        return rep(t, "・平均家賃は" + old, "・平均家賃は" + new, "last"), ("mismatch", "error", new)
    if kind == "pp_pct":
        new = v["pp"].replace("ポイント", "%")
        return rep(t, v["pp"] + "上昇の", new + "上昇の", "last"), ("mismatch", "error", new)
    if kind == "jst":
        m = re.search(r"日本時間(\d+)月(\d+)日（(.)）", t); mo, dd, w = m.groups()
        new = f"日本時間{mo}月{int(dd)-1 if int(dd) > 1 else int(dd)+2}日"
        return t.replace(f"日本時間{mo}月{dd}日", new, 1), ("mismatch", "error", new)
    if kind == "fy":
        new = f"{f['fy_end']+1}年3月期"
        return rep(t, v["fy"], new, "first"), ("mismatch", "error", new)
    if kind == "report_day":
        rd = f["report_dt"]; new = f"{rd.month}月{rd.day+1 if rd.day < 28 else rd.day-1}日に公表"
        return rep(t, v["rd"], new, "first"), ("mismatch", "error", new.replace("に公表", ""))
    if kind == "share":
        n = int(v["share"][1]) + 1; new = f"約{n}割"
        return rep(t, v["share"], new, "last"), ("mismatch", "error", new)
    if kind == "units":
        new = f"{f['units'] + 150}戸"
        return rep(t, v["units"], new, "first"), ("mismatch", "error", new)
    if kind == "years":
        y = int(re.sub(r"\D", "", v["years"])); new = f"創業{y + 10}年"
        return rep(t, v["years"], new, "first"), ("mismatch", "error", new)
    if kind == "budget":
        b = v["bud"]; m = re.match(r"(\d+)億", b); n = int(m.group(1))
        new = (f"{n // 10}億{n % 10}000万" if n >= 10 and n % 10 else f"{n * 10}億") + b[m.end():].lstrip("0123456789万")
        return rep(t, "総額" + b + "の対策", "総額" + new + "の対策", "last"), ("mismatch", "error", new)
    if kind == "pct":
        x = float(v["pct"][1:-1]); new = f"約{x + 2.3:.1f}%"
        return rep(t, v["pct"], new, "first"), ("mismatch", "error", new)
    if kind == "w_year":
        new = "2019年以来"
        return rep(t, "、家賃を押し上げている。", f"、家賃を押し上げている。上昇率は{new}の大きさとなった。", "first"), ("unsupported", "warning", new)
    if kind == "w_fig":
        new = "空き家率は2.8%"
        return rep(t, "市として過去最大となる。", f"市として過去最大となる。市内の{new}にとどまる。", "first"), ("unsupported", "warning", "2.8%")
    if kind == "w_abbr":
        ab = "HRI"
        return rep(t, v["bj"] + "の調査責任者", v["bj"] + f"({ab})の調査責任者", "first"), ("name", "warning", ab)
    if kind == "w_spell":
        pj = v["pj"]; var = pj.replace("ー", "", 1) if "ー" in pj else pj.replace("・", "=", 1) if False else pj[:-1] + ("ー" + pj[-1])
        return rep(t, pj + "氏は、5年前", var + "氏は、5年前", "first"), ("spelling", "warning", var)
    if kind == "w_cite":
        new = v["url"] + "?utm_source=newsletter&utm_medium=email&utm_campaign=weekly"
        return rep(t, v["url"], new, "last"), ("citation", "warning", new)
    if kind == "w_person":
        new = "ネイサン・ブルック"
        return rep(t, "一方、市議会の一部は", f"一方、市議会の{new}議員らは", "first"), ("name", "warning", new)
    raise ValueError(kind)


import re
PLANTS = [["rent_swap", "jst", "w_cite"], ["pp_pct", "fy", "w_year"], ["share", "report_day", "w_abbr"], ["years", "jst", "w_spell"],
          ["budget", "units", "w_person"], ["pct", "jst", "w_fig"], ["report_day", "pp_pct", "w_cite"], ["fy", "rent_swap", "w_spell"],
          ["units", "share", "w_year"], ["jst", "years", "w_abbr"], ["pct", "budget", "w_fig"], ["report_day", "share", "w_person"]]

if __name__ == "__main__":
    for i in range(24):
        name, f, cj, pj, bj, coj, clean = build(i)
        t, v = digest(f, cj, pj, bj, coj)
        finds = []
        if not clean:
            kinds = list(PLANTS[i - 12])
            if f["lang"] == "ja":
                kinds = [k if k != "jst" else "years" if "years" not in kinds else "units" for k in kinds]
            for k in kinds:
                t, fd = plant(t, k, v)
                finds.append(dict(kind=fd[0], severity=fd[1], span=fd[2]))
        d = HERE / "cases" / name
        (d / "digest.txt").write_text(t, encoding="utf-8")
        (d / "expected.json").write_text(json.dumps({"clean": clean, "findings": finds}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(name, f["lang"], len(t), [x["span"] for x in finds])
