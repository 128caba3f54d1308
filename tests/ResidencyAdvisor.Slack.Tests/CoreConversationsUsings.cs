// Core keeps its conversation types in folders (Views, Persistence, Delivery); this project uses them throughout.
global using ResidencyAdvisor.Core.Conversations.Views;
global using ResidencyAdvisor.Core.Conversations.Persistence;
global using ResidencyAdvisor.Core.Interactions;
