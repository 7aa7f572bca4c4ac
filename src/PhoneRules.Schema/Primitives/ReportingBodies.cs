using System;

namespace PhoneRules;

/// <summary>The reporting body identifiers (first two TAC digits) that GSMA lists as allocated.</summary>
public static class ReportingBodies
{
    // 01 PTCRB, 10 DECT, 30 Iridium, 33 DGPT, 35 and 44 BABT, 45 NTA, 49 BZT, 50 BZT ETS, 51-53 Cetecom/TUV,
    // 54 Phoenix, 86 TAF (China), 91 MSAI (India), 98 BABT, 99 GHA.
    private static readonly int[] s_known = { 1, 10, 30, 33, 35, 44, 45, 49, 50, 51, 52, 53, 54, 86, 91, 98, 99 };

    /// <summary>Whether <paramref name="id"/> is an allocated reporting body identifier.</summary>
    public static bool IsKnown(int id) => Array.IndexOf(s_known, id) >= 0;
}
