using System.Collections.Concurrent;
using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;

namespace Requisition.Rules.Engine.Runtime;

/// <summary>
/// Rules compiled into a matching network. Compile once, then create as many sessions as needed: the
/// network is shared and immutable, each session holds its own facts and memories.
/// </summary>
public sealed class RuleSet
{
    private readonly List<AlphaNode> _alphas;
    private readonly ConcurrentDictionary<Type, TypeRoute> _routes = new();
    private readonly Lock _routeLock = new();
    private int _routeCount;

    private RuleSet(string? step, IReadOnlyList<RuleInfo> rules, List<AlphaNode> alphas, int[] priorities, int memoryCount, int aggregateCount)
    {
        Step = step;
        Rules = rules;
        _alphas = alphas;
        Priorities = priorities;
        MemoryCount = memoryCount;
        AggregateCount = aggregateCount;
    }

    /// <summary>The workflow step this set was compiled for, or null for all rules given.</summary>
    public string? Step { get; }

    public IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>The rules' distinct priorities, highest first: one agenda queue each.</summary>
    internal int[] Priorities { get; }

    internal int MemoryCount { get; }

    internal int AggregateCount { get; }

    /// <summary>
    /// Compiles <paramref name="rules"/>; with a <paramref name="step"/>, only the rules that run at it.
    /// Rule ids must be unique.
    /// </summary>
    public static RuleSet Compile(IEnumerable<Rule> rules, string? step = null)
    {
        var selected = rules.Where(r => step is null || r.Info.RunsAt(step)).ToList();
        var duplicate = selected.GroupBy(r => r.Info.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new RuleDefinitionException(duplicate.Key, "the id is used by more than one rule");

        var priorities = selected.Select(r => r.Info.Priority).Distinct().OrderDescending().ToArray();
        var alphas = new AlphaNetwork();
        var frozen = new List<MemoryNode>();
        var nextMemory = 0;
        var nextAggregate = 0;
        for (var index = 0; index < selected.Count; index++)
        {
            var rule = selected[index];
            var builder = new RuleBuilder(rule.Info);
            rule.Define(builder);
            if (builder.Elements.Count == 0) throw new RuleDefinitionException(rule.Info.Id, "has no pattern");
            if (builder.Action is null) throw new RuleDefinitionException(rule.Info.Id, "has no Then");

            MemoryNode current;
            switch (builder.Elements[0])
            {
                case AggregateSpecBase aggregate:
                    var source = alphas.Obtain(aggregate.SourceType, aggregate.SourceTakesEveryFact, AlphaRole.Aggregated, index,
                        () => aggregate.CreateSource(nextMemory++));
                    var output = aggregate.CreateAlpha(nextMemory++);
                    var node = aggregate.CreateAggregate(nextAggregate++, source, output);
                    node.Priority = rule.Info.Priority;
                    source.Aggregates.Add(node);
                    current = output;
                    break;
                case SourceSpec match:
                    current = alphas.Obtain(match.FactType, match.TakesEveryFact, AlphaRole.Source, index, () => match.CreateAlpha(nextMemory++));
                    break;
                default:
                    throw new RuleDefinitionException(rule.Info.Id, "must start with Match or Aggregate");
            }

            var levels = 1;
            foreach (var element in builder.Elements.Skip(1))
            {
                BetaNode next;
                switch (element)
                {
                    case JoinSpec join:
                        var right = alphas.Obtain(join.FactType, join.TakesEveryFact, AlphaRole.RightInput, index, () => join.CreateAlpha(nextMemory++));
                        next = join.CreateNode(nextMemory++, current, right, JoinCondition.AllOf(join.Conditions));
                        right.RightSuccessors.Add(next);
                        levels++;
                        break;
                    case FilterSpec filter:
                        next = new FilterNode(nextMemory++, current, filter.Predicate);
                        break;
                    default:
                        throw new RuleDefinitionException(rule.Info.Id, $"unexpected element {element.GetType().Name}");
                }
                current.Children.Add(next);
                frozen.Add(current);
                current = next;
            }
            current.Terminals.Add(new TerminalNode(rule.Info, builder.Action, levels, Array.IndexOf(priorities, rule.Info.Priority)));
            frozen.Add(current);
        }
        var alphaNodes = alphas.Nodes;
        foreach (var node in alphaNodes) node.Freeze();
        foreach (var node in frozen) node.Freeze();
        return new RuleSet(step, selected.Select(r => r.Info).ToList(), alphaNodes, priorities, nextMemory, nextAggregate);
    }

    public RuleSession CreateSession() => new(this);

    internal TypeRoute RouteFor(Type type)
    {
        if (_routes.TryGetValue(type, out var route)) return route;
        lock (_routeLock)
        {
            if (_routes.TryGetValue(type, out route)) return route;
            var nodes = _alphas.Where(a => a.FedByTypeRouting && a.FactType.IsAssignableFrom(type)).ToArray();
            if (nodes.Length > TypeRoute.MaxPatternsPerType)
                throw new NotSupportedException(
                    $"{nodes.Length} patterns match facts of type {type.Name}; a rule set supports at most {TypeRoute.MaxPatternsPerType} per type.");
            route = new TypeRoute(type, nodes, _routeCount++, MemoryCount);
            _routes[type] = route;
            return route;
        }
    }
}
