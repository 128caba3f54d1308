namespace ResidencyAdvisor.Core;

/// <summary>A short note an adapter shows around a turn; its words are in config/notices.json, under the camelCase name.</summary>
public enum StudentNotice
{
    /// <summary>A control on an older message was used after the conversation moved on.</summary>
    OutOfDate,

    /// <summary>What a message that showed the student's answers says once they asked to forget them.</summary>
    Erased,
    UnknownButton,
    UnknownCommand,
    UnreadableAnswer,
    CouldNotOpenForm,
    ContinuingInDirectMessage,
    NoDirectMessage,

    /// <summary>A reply with nothing to show.</summary>
    SomethingWentWrong,

    /// <summary>The number form's field label; {min} and {max} are the range.</summary>
    NumberInRange,

    /// <summary>The number form's field label when the range is not known.</summary>
    Number,

    /// <summary>An answered message's outcome; {answer} is the choice as shown.</summary>
    Answered,

    /// <summary>What <see cref="Answered"/> shows when no box was ticked.</summary>
    NoneTicked,

    /// <summary>A typed answer's outcome; {text} is what was typed.</summary>
    Replied,
    WentBack,
    StartedOver,
    Paused,
    AnswersErased,
    AnswersConfirmed,
    ChangingAnswer,
}
