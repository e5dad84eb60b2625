import GMGRender
import Testing

@Suite struct NumberFormattingTests {
    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (0.1, "0.1"), (1e-7, "0.0000001"), (1e20, "100000000000000000000"),
        (-3.0, "-3"), (123.456, "123.456"), (1.2345e16, "12345000000000000"), (Double.leastNonzeroMagnitude, "0." + String(repeating: "0", count: 323) + "5"),
    ])
    func plainHasNoExponent(value: Double, expected: String) {
        #expect(NumberFormatting.plain(value) == expected)
    }

    @Test(arguments: [
        (0.125, 2, "0.13"), (-0.125, 2, "-0.13"), (1.005, 2, "1.01"), (2.675, 2, "2.68"), (0.004, 2, "0.00"),
        (-0.004, 2, "0.00"), (9.995, 2, "10.00"), (999.5, 0, "1000"), (1234.5, 3, "1234.500"), (0.0005, 3, "0.001"),
        (12.0, 0, "12"), (1e15, 2, "1000000000000000.00"), (0.5, 0, "1"), (0.49, 0, "0"),
    ])
    func fixedRoundsHalfUpOnDecimalDigits(value: Double, decimals: Int, expected: String) {
        #expect(NumberFormatting.fixed(value, decimals: decimals) == expected)
    }

    @Test func grouping() {
        #expect(NumberFormatting.fixed(1_234_567.891, decimals: 2, grouping: true) == "1,234,567.89")
        #expect(NumberFormatting.fixed(-999.999, decimals: 2, grouping: true) == "-1,000.00")
        #expect(NumberFormatting.fixed(100, decimals: 0, grouping: true) == "100")
        #expect(NumberFormatting.integer(Int64.min, grouping: true) == "-9,223,372,036,854,775,808")
        #expect(NumberFormatting.integer(0, grouping: true) == "0")
        #expect(NumberFormatting.plain(1234.5678, grouping: true) == "1,234.5678")
    }

    @Test func percentShiftsExactly() {
        #expect(NumberFormatting.percent(0.1255, decimals: 1) == "12.6%")
        #expect(NumberFormatting.percent(0.07, decimals: 1) == "7.0%")
        #expect(NumberFormatting.percent(12.5, decimals: 0) == "1,250%")
        #expect(NumberFormatting.percent(0, decimals: 1) == "0.0%")
    }

    @Test func roundedOnceThenAgain() {
        #expect(NumberFormatting.rounded(0.1249999, decimals: 3) == 0.125)
        #expect(NumberFormatting.fixed(NumberFormatting.rounded(0.1249999, decimals: 3), decimals: 2) == "0.13")
        #expect(NumberFormatting.fixed(0.1249999, decimals: 2) == "0.12")
    }

    @Test func nonFiniteSpelledOut() {
        #expect(NumberFormatting.plain(.nan) == "NaN")
        #expect(NumberFormatting.fixed(-.infinity, decimals: 2) == "-Infinity")
    }
}
