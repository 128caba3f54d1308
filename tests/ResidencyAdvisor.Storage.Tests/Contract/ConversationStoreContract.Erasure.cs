using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Storage.Tests.Contract;

/// <summary>The contract for "forget": every conversation of the person on the platform, and nothing else.</summary>
public abstract partial class ConversationStoreContract
{
    [StoreFact]
    public async Task Deleting_all_of_a_users_conversations_erases_every_scope_on_that_platform_and_nothing_else()
    {
        var user = Guid.NewGuid().ToString("N");
        ConversationKey[] theirs = [new("discord", "guild-1", user), new("discord", "guild-2", user), new("discord", "dm", user)];
        ConversationKey[] others =
        [
            new("slack", "T1", user),                 // the same id on another platform
            new("discord", "guild-1", "9" + user),    // an id that merely ends like theirs
            new("discord", "guild-1", user + "0"),    // an id that merely starts like theirs
        ];
        foreach (var key in theirs.Concat(others))
        {
            Assert.True(await Store.TrySaveAsync(key, NewState(), default));
        }

        Assert.Equal(3, await Store.DeleteAllAsync("discord", user, default));

        foreach (var key in theirs)
        {
            Assert.Null(await Store.LoadAsync(key, default));
        }

        foreach (var key in others)
        {
            Assert.NotNull(await Store.LoadAsync(key, default));
        }

        Assert.Equal(0, await Store.DeleteAllAsync("discord", user, default));
    }

    [StoreFact]
    public async Task Forget_in_one_server_erases_the_students_conversations_in_every_server_and_the_DM()
    {
        var user = Guid.NewGuid().ToString("N");
        var service = Service();
        ConversationKey[] keys = [new("discord", "guild-1", user), new("discord", "guild-2", user), new("discord", "dm", user)];
        foreach (var key in keys)
        {
            await service.HandleAsync(key, UserInput.Start(), default);
            await service.HandleAsync(key, UserInput.Text("usmle"), default);
        }

        var reply = await service.HandleAsync(keys[0], UserInput.Command(InputKind.Forget), default);

        Assert.Equal("Done: everything you told me has been erased. Start again any time.", Assert.Single(reply.Notices).Text);
        foreach (var key in keys)
        {
            Assert.Null(await Store.LoadAsync(key, default));
        }
    }

    [StoreFact]
    public async Task A_second_forget_or_a_stale_Forget_click_says_nothing_is_saved_and_saves_nothing()
    {
        var key = NewKey();
        var service = Service();
        var first = await service.HandleAsync(key, UserInput.Start(), default);
        await service.HandleAsync(key, UserInput.Text("forget"), default);

        var typed = await service.HandleAsync(key, UserInput.Text("forget"), default);
        var stale = await service.HandleAsync(key, UserInput.Command(InputKind.Forget, first.SessionId, first.Turn), default);

        foreach (var reply in new[] { typed, stale })
        {
            Assert.IsType<ErasedView>(reply.View);
            Assert.Equal("There was nothing to erase: I have no saved answers from you. Start any time.", Assert.Single(reply.Notices).Text);
        }

        Assert.Null(await Store.LoadAsync(key, default));
        Assert.Equal(0, await Store.DeleteAllAsync(key.Platform, key.UserId, default));
    }
}
