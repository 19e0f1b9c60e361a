namespace Requisition.Rules.Formulary;

/// <summary>A word or separator left once strengths and forms are taken out of a drug text.</summary>
/// <param name="Text">For a word, its spelling-normalised form.</param>
/// <param name="Shown">For a word, the word as written (lower case).</param>
internal readonly record struct NameToken(NameTokenKind Kind, string Text = "", string Shown = "")
{
    /// <summary>Marks a '/' that a synonym brought in: it separates alternatives, never a brand.</summary>
    public const string FromVocabulary = "vocabulary";

    public static NameToken Word(string text, string shown) => new(NameTokenKind.Word, text, shown);

    public bool IsWord => Kind == NameTokenKind.Word;
}
