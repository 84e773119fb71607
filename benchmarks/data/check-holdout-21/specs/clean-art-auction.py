SPEC = dict(
    lang="en", outlet="Gallery Row", domain="galleryrow.example",
    path="/market/2026/05/21/wentworth-harbour-at-dusk-record-halloway-pryce",
    title="Wentworth's 'Harbour at Dusk, No. 3' sets artist record at $38.6 million",
    published="2026-05-21T22:40:00-04:00", shown="May 21, 2026 10:40 PM EDT",
    author="Marcus Feld", section="Market",
    paras=[
        "A luminous harbour scene by the late painter Clara Wentworth sold for $38.6 million with fees at Halloway & Pryce in New York on Thursday evening, more than tripling the previous auction record for the artist.",
        "\"Harbour at Dusk, No. 3,\" painted in 1962, was the star lot of the house's spring evening sale, which began at 7 p.m. ET. After 11 minutes of bidding between four contenders, the hammer fell at $33 million, within the presale estimate of $25 million to $35 million. The buyer, bidding by phone, was not identified.",
        "Wentworth's previous record, $12.1 million, was set in 2017 for a smaller canvas from the same series. The artist, who died in 1994, painted seven harbour scenes in the early 1960s; only two remain in private hands.",
        "Over all, the evening sale brought in $214.5 million, against $176 million at the equivalent sale last spring. Of the 48 lots offered, 44 found buyers, a rate that dealers described as reassuring after a nervous autumn season.",
        "\"Two years ago you could not have sold this picture for this price,\" said Sofia Marchand, an adviser who bid unsuccessfully on behalf of a museum. \"The market for postwar figurative painting has simply moved.\"",
        "The second-highest price of the night, $19.8 million, was paid for a large abstract by Tomasz Wierzbicki, a record for a living artist at the house. Three works were withdrawn before the sale, and one, a still life estimated at $4 million, failed to sell.",
        "Halloway & Pryce's chief executive, Daniel Okonkwo-Reyes, said the results showed that collectors were again willing to compete for rare works. The house holds its day sale on Friday and a separate sale of design objects next week.",
        "The painting was consigned by the family of a collector who bought it from the artist's dealer in 1965 and lent it to museums only twice, most recently for a retrospective in 2008.",
        "Wentworth's auction market has grown steadily over the past decade. In 2016 no work by her had ever sold for more than $5 million. Dealers now expect a wave of consignments from collectors who have held her work for decades.",
    ],
)
