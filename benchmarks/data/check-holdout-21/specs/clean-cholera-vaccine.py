SPEC = dict(
    lang="en", outlet="Global Health Dispatch", domain="www.globalhealthdispatch.example",
    path="/outbreaks/2026/02/19/cholera-vaccine-stockpile-falls-below-emergency-level",
    title="Cholera vaccine stockpile falls to 1.9 million doses, far below emergency level",
    published="2026-02-19T14:30:00+01:00", shown="19 February 2026, 14:30 CET",
    author="Amara Nwosu", section="Outbreaks",
    paras=[
        "The global emergency stockpile of oral cholera vaccine fell to 1.9 million doses last week, well below the level of 5 million doses that health agencies consider the minimum needed to respond to sudden outbreaks, the World Health Organization said on Thursday.",
        "Speaking at a briefing in Geneva that began at 11:00 CET, officials said that since the start of last year 17 countries had asked the stockpile for a total of 62 million doses, but only 38 million could be supplied. Several outbreaks had to be tackled with vaccination in a smaller area than planned.",
        "\"We are rationing a vaccine that costs a dollar and a half a dose, for a disease we know how to prevent,\" said Dr Henrik Alvesson, who leads the organisation's cholera work. \"That should not happen in 2026.\"",
        "The problem is supply. A single manufacturer makes about four-fifths of the world's oral cholera vaccine, and a second producer halted output last year for upgrades. A new plant in Port Lemba, built with support from the United Nations Children's Fund, is due to start production in the third quarter and should eventually add 25 million doses a year.",
        "Because of the shortage, countries have since October 2022 given a single dose instead of the recommended two. Officials said the single-dose approach protects well in the short term but that immunity fades faster, especially in young children.",
        "Cholera has surged since the early 2020s, driven by conflict, floods and drought. Some 412,000 cases and 3,200 deaths were reported in 31 countries in 2025, and officials said the real numbers were certainly higher because many cases are never tested.",
        "The stockpile was set up in 2013 and is managed by an international coordinating group of four agencies. It is funded largely by donor governments, and officials appealed for money to buy doses in advance so that manufacturers can plan their production.",
        "Two-thirds of the doses shipped last year went to just five countries, the officials said, several of them hit by flooding in the second half of the year.",
        "Alvesson said water and sanitation remained the long-term answer. \"Vaccines buy time. Clean water ends cholera,\" he said.",
    ],
)
