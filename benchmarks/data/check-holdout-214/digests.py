import datetime as dt
WD = "月火水木金土日"
CUR = {"en": "ドル", "fr": "ユーロ", "de": "ユーロ", "es": "ドル"}
QM = {1: "1〜3月期", 2: "4〜6月期", 3: "7〜9月期", 4: "10〜12月期"}
IMG = ["国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成", "国立国会図書館デジタルコレクション「浪華百景」を加工して作成"]

def oku(n):
    c, r = divmod(n, 10000)
    return (f"{c}兆" if c else "") + (f"{r}" if r else "") + "億"

def man(n):
    m, r = divmod(n, 10000)
    return (f"{m}万" if m else "") + (str(r) if r else "")

def hm(t):
    return f"{t.hour}時" + (f"{t.minute}分" if t.minute else "")

def make(d, c, url, err, i):
    name, lang, outlet = c[0], c[1], c[2]
    ctry, co, mini, city = c[7], c[9], c[11], c[13]
    ann, eff, ej = d["ann"], d["eff"], d["eff_j"]
    if lang == "ja":
        rev1, rev2 = oku(d["rev1_ja"]) + "円", oku(d["rev2_ja"]) + "円"
    else:
        rev1, rev2 = oku(round(d["rev1"] * 10)) + CUR[lang], oku(round(d["rev2"] * 10)) + CUR[lang]
    chg = round(d["chg"])
    annj = f"{ann.month}月{ann.day}日({WD[ann.weekday()]})"
    effl = f"{eff.month}月{eff.day}日({WD[eff.weekday()]}){hm(eff)}"
    effj = f"{ej.month}月{ej.day}日({WD[ej.weekday()]}){hm(ej)}"
    when = f"現地時間{effl}(日本時間{effj})" if lang != "ja" else f"{effl}"
    dist = f"{d['dist']}マイル(約{d['km']}キロ)" if lang == "en" else f"{d['dist']}キロ"
    wari = d["wari"]
    sh = f"約{wari}割" if abs(d["share"] * 10 - wari) < 0.35 else (f"{wari}割強" if d["share"] * 10 > wari else f"{wari}割弱")
    mini_var = mini
    ct = "半導体装置協議会"
    extra = ""
    cite_url = url
    cite_date = f"{d['pub']:%Y.%m.%d}"
    findings = []
    # mutations decided before text assembly
    errs, warn = [], None
    if err:
        k = i // 2
        pool = ["jst", "units", "rev", "pts", "fy", "q", "founded", "wd", "age", "tariff", "km", "chg"]
        if lang == "ja": pool = [p for p in pool if p not in ("jst", "km")]
        if lang != "en": pool = [p for p in pool if p != "km"]
        errs = [pool[(k * 2) % len(pool)], pool[(k * 2 + 5) % len(pool)]]
        wpool = ["name", "unsupported", "spelling", "citation", "year"]
        if lang == "ja": wpool = ["name", "unsupported", "citation", "year"]
        warn = wpool[k % len(wpool)]
    fy = f"{d['fy']}年3月期"
    qm = QM[d["q"]]; units_a = f"{d['units_a']}台"; age = f"{d['age']}歳"; tariff = f"{d['tariff']}%"
    founded = f"{d['founded']}年"; pts = f"{d['pts']}ポイント"; km = f"約{d['km']}キロ"; chgs = f"約{chg}%増"
    def F(kind, sev, span): findings.append({"kind": kind, "severity": sev, "span": span})
    for e in errs:
        if e == "jst":
            w = ej + dt.timedelta(hours=1); effj2 = f"{w.month}月{w.day}日({WD[w.weekday()]}){hm(w)}"
            when = when.replace(effj, effj2); F("mismatch", "error", effj2)
        elif e == "units":
            units_a = f"{d['units_a'] + 30}台"; F("mismatch", "error", units_a)
        elif e == "rev":
            n = round(d["rev2"] * 10) if lang != "ja" else d["rev2_ja"]
            rev2 = ((f"{n*100//10000}億{n*100%10000}万" if n >= 100 else f"{n}00万") if lang != "ja" else oku(n // 10)) + (CUR.get(lang, "円")); F("mismatch", "error", rev2)
        elif e == "pts":
            pts = f"{d['pts']}%"; F("mismatch", "error", pts + "低下")
        elif e == "fy":
            fy = f"{d['fy'] + 1}年3月期"; F("mismatch", "error", fy)
        elif e == "q":
            qm = QM[d["q"] % 4 + 1]; F("mismatch", "error", qm)
        elif e == "founded":
            y = str(d["founded"]); y2 = y[:2] + y[3] + y[2]
            if y2 == y: y2 = str(d["founded"] + 4)
            founded = f"{y2}年"; F("mismatch", "error", founded)
        elif e == "wd":
            w = ann + dt.timedelta(days=1); annj = f"{ann.month}月{ann.day}日({WD[w.weekday()]})"; F("mismatch", "error", annj)
        elif e == "age":
            age = f"{d['age'] + 3}歳"; F("mismatch", "error", age)
        elif e == "tariff":
            tariff = f"{d['tariff'] + 5}%"; F("mismatch", "error", tariff + "の関税")
        elif e == "km":
            km = f"約{d['dist']}キロ"; F("mismatch", "error", km)
        elif e == "chg":
            chgs = f"約{chg + 9}%増"; F("mismatch", "error", chgs)
    if warn == "name":
        ct = "半導体装置協議会(SEAC)"; F("name", "warning", "SEAC")
    elif warn == "unsupported":
        extra = "同社の研究開発費は売上高の約14%を占める。"; F("unsupported", "warning", "約14%")
    elif warn == "year":
        extra = "同様の許可制度の議論は2019年に始まっていた。"; F("unsupported", "warning", "2019年")
    elif warn == "spelling":
        mini_var = {"トマス・レイナ": "トーマス・レイナ", "エティエンヌ・モラン": "エチエンヌ・モラン"}[mini]
        F("spelling", "warning", mini_var)
    elif warn == "citation":
        cite_url = url + "?utm_source=newsletter&utm_medium=email&utm_campaign=trade_am&sub=48213"; F("citation", "warning", cite_url)
    if lang == "en": dist = f"{d['dist']}マイル({km})"
    mini_first = f"{mini}({c[10]})" if lang != "ja" else mini
    co_first = f"{co}({c[8]})" if lang != "ja" else co
    region = "東部回廊"
    pj = (d["pub"] + dt.timedelta(hours=3)).astimezone(dt.timezone(dt.timedelta(hours=9)))
    t = f"""{ctry}:半導体装置の輸出を許可制に{pj:%Y年%m月%d日 %H:%M}

{IMG[i % 2]}
【概要】

 {ctry}の通商省は{annj}、先端半導体製造装置の輸出に新たな許可制度を導入すると発表した。国内最大の露光装置メーカー、{co_first}は、海外売上高が最大{d['pct_hit']}%減る可能性があるとしている。

 主なハイライト

 施行日時:新制度は{when}に施行される。{mini_first}通商相({age})が{city}で記者団に明らかにした。輸送中の貨物は対象外となる。

 出荷の偏り:{co}は昨年{d['units']}台を出荷し、このうち{units_a}、全体の{sh}が新制度の影響を最も受ける{region}の顧客向けだった。

 業績と市場シェア:{fy}の売上高は{rev2}で、前の期の{rev1}から{chgs}となった。一方、昨年{qm}の深紫外線装置の世界シェアは{d['ms2']}%と、前年同期から{pts}低下した。

 文脈

 企業の規模:同社は{founded}創業で、創業から約{d['yrs']}年。従業員は{man(d['emp'])}人で、大半が{city}の北{dist}にある工場で働く。{extra}

 輸入関税:通商省は貿易圏外から輸入する一部の旧世代半導体に{tariff}の関税も課す。メモリーとセンサーは対象外である。

 輸出規制と保護措置を同時に打ち出したことで、{ctry}の通商政策は安全保障色を一段と強めている。

【詳細】

 {ctry}の新たな輸出許可制度は、主力メーカーの海外事業に影響を及ぼす見通しだ。以下、制度の中身と企業への影響を整理する。

 新たな輸出許可制度

 1.施行の時期

 ・施行は{when}。
 ・{mini_var}通商相は、企業とは数カ月にわたり協議してきたと説明し、周知期間が短いとする野党の批判に反論した。

 2.狙いと対外調整

 ・先端装置が軍事目的に転用されるのを防ぐことが狙いで、友好国には事前に説明した。
 ・旧世代半導体には{tariff}の関税を課すが、メモリーとセンサーは除外する。

 {co}への影響

 1.出荷と業績

 ・昨年の出荷{d['units']}台のうち{units_a}({sh})が{region}向けだった。
 ・{fy}の売上高は{rev2}で、前の期比{chgs}。

 2.市場での地位

 ・業界団体の{ct}によると、昨年{qm}の世界シェアは{d['ms1']}%から{d['ms2']}%へ{pts}低下した。
 ・人員削減の予定はないが、今後2年間の投資計画を見直す。

 アナリストの間では、売上高の減少は数年に分散するとの見方と、顧客が競合他社に流れるとの懸念が交錯している。

【要点】

 新たな輸出許可制度

 1.施行の時期

 ・{when}に施行、輸送中の貨物は対象外。

 2.狙いと対外調整

 ・軍事転用の防止が狙い、旧世代半導体に{tariff}の関税。

 {co}への影響

 1.出荷と業績

 ・出荷{d['units']}台のうち{units_a}が{region}向け、海外売上高は最大{d['pct_hit']}%減の恐れ。

 2.市場での地位

 ・世界シェアは{d['ms2']}%に低下、投資計画を見直し。

【引用・参照・底本】

{d['title']} {outlet} {cite_date}

{cite_url}
"""
    return t, findings
