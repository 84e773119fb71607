SPEC = dict(
    lang="en", outlet="The Ledger Street Journal", domain="www.ledgerstreetjournal.example",
    path="/companies/travel/skylark-atlantic-half-year-profit-dividend",
    title="Skylark Atlantic restores dividend as half-year profit climbs to £412m",
    published="2026-11-26T07:00:00+00:00", shown="26 November 2026 07:00 GMT",
    author="Oliver Pennington", section="Companies",
    paras=[
        "Skylark Atlantic will pay its first dividend since 2019 after the airline reported a sharp rise in profit for the six months to 30 September, helped by strong transatlantic demand and a lower fuel bill.",
        "Pre-tax profit for the first half of its financial year rose to £412m from £318m a year earlier, the company said on Thursday. Revenue increased 11% to £3.87bn.",
        "The airline carried 14.2 million passengers in the period, and its load factor, the share of seats filled, climbed to 87.4% from 85.1%. Fuel costs fell 6% to £1.02bn as the company hedged a larger share of its needs at lower prices.",
        "The board declared an interim dividend of 4.5p per share, payable in January. Chief executive Fiona Marsh-Adeyemi said the payment was \"a promise kept to shareholders who stood by us through the hardest years in our history\".",
        "Skylark Atlantic expects pre-tax profit for the full year to March 2027 of between £600m and £650m, slightly above analysts' forecasts. It warned, however, that the winter months would be weaker, as they are every year, and that airport charges at its London base would rise by 9% from April.",
        "The company also confirmed an order for a dozen new narrowbody jets, to be delivered between 2028 and 2030, which will replace older aircraft on its routes to southern Europe. It did not give the price, but analysts at Brantwood Securities put the list value at about £1.1bn.",
        "Shares in the airline were up 4.8% at 312p by 9.15am in London. They have gained about 40% since the start of the year.",
        "The group employs 16,400 people. Marsh-Adeyemi said it would hire a further 600 cabin crew and 150 pilots before next summer, most of them at its new base in Carrow, which opens in the spring.",
        "The airline said bookings for the Christmas and New Year period were running ahead of last year, particularly on routes to the Caribbean, although it cautioned that fares on some European routes had softened since the summer as rivals added capacity.",
        "Unions welcomed the hiring plans but said they would press for a pay rise above inflation in talks that begin next month.",
    ],
)
