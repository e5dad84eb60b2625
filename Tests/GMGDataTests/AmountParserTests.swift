import GMGData
import Testing

@Suite struct AmountParserTests {
    @Test func readsTheEstimatedCostOfThePlan() throws {
        let amount = try #require(AmountParser.parse("Estimated cost is approximately USD 75,000"))
        #expect(amount.value == 75_000)
        #expect(amount.currency == "USD")
        #expect(amount.isEstimate)
    }

    @Test func readsOtherForms() throws {
        #expect(AmountParser.parse("$1,250")?.value == 1_250)
        #expect(AmountParser.parse("USD 1.5 million")?.value == 1_500_000)
        #expect(AmountParser.parse("20,000 EUR")?.currency == "EUR")
        #expect(AmountParser.parse("USD 20,000")?.isEstimate == false)
    }

    @Test func needsACurrency() {
        #expect(AmountParser.parse("up to three workshops") == nil)
        #expect(AmountParser.parse("10 - 12 institutional partners") == nil)
        #expect(AmountParser.parse("USD 1,2345") == nil)
    }
}
