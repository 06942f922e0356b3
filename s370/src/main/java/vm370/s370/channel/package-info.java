/**
 * The channel subsystem (GA22-7000, "Input/Output Operations"): CAW, CCW, CSW, chaining, the
 * condition codes of the I/O instructions and I/O interruptions. Devices plug in through
 * {@link vm370.s370.channel.ChannelDevice} and see the channel only through a {@link vm370.s370.channel.ChannelPort}.
 */
package vm370.s370.channel;
