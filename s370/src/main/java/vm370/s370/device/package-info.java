/**
 * Device models on the channel, one family per package: console, unit record, DASD, display,
 * communication line.
 * Each implements {@link vm370.s370.channel.ChannelDevice}; what they share lives here.
 */
package vm370.s370.device;
