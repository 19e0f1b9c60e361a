namespace Requisition.Rules.Formulary;

/// <summary>One word, number or symbol of a drug text, lower-cased.</summary>
internal readonly record struct Token(TokenKind Kind, string Text)
{
    public bool IsSymbol(char symbol) => Kind == TokenKind.Symbol && Text.Length == 1 && Text[0] == symbol;

    public bool IsWord(string word) => Kind == TokenKind.Word && Text == word;
}
