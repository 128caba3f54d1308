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
}
