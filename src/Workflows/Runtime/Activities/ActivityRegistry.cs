using System.Collections.Concurrent;
using Requisition.Workflows.Runtime.Activities.BuiltIn;

namespace Requisition.Workflows.Runtime.Activities;

/// <summary>
/// The activity types definitions may use, by type name. Holds the generic built-ins (HumanTask, Timer,
/// Decision, SetVariable, FanOut, End); the application registers its domain activities with
/// <see cref="Register"/>, or passes every <see cref="IActivity"/> it registered in DI to the constructor.
/// </summary>
public sealed class ActivityRegistry
{
    private readonly ConcurrentDictionary<string, IActivity> _byType = new(StringComparer.Ordinal);

    public ActivityRegistry() : this([])
    {
    }

    public ActivityRegistry(IEnumerable<IActivity> activities)
    {
        Register(new HumanTask());
        Register(new BuiltIn.Timer());
        Register(new Decision());
        Register(new SetVariable());
        Register(new FanOut());
        Register(new End());
        foreach (var activity in activities) Register(activity);
    }

    public IReadOnlyCollection<string> Types => _byType.Keys.ToList();

    /// <summary>Adds an activity type; a type name already registered is refused.</summary>
    public ActivityRegistry Register(IActivity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type)) throw new ArgumentException($"{activity.GetType().Name} has no type name", nameof(activity));
        if (!_byType.TryAdd(activity.Type, activity))
            throw new ArgumentException($"an activity of type '{activity.Type}' is already registered ({_byType[activity.Type].GetType().Name})", nameof(activity));
        return this;
    }

    public IActivity? Find(string type) => _byType.GetValueOrDefault(type);
}
