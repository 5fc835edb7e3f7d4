"""Contains all the data models used in inputs/outputs"""

from .call_detail import CallDetail
from .call_details_response import CallDetailsResponse
from .call_end_event import CallEndEvent
from .call_end_message import CallEndMessage
from .call_log_record import CallLogRecord
from .call_log_response import CallLogResponse
from .call_participant_info import CallParticipantInfo
from .call_party import CallParty
from .call_start_event import CallStartEvent
from .call_start_message import CallStartMessage
from .callee_info import CalleeInfo
from .campaign_sender import CampaignSender
from .channel_type import ChannelType
from .channel_type_detail import ChannelTypeDetail
from .channel_type_details_response import ChannelTypeDetailsResponse
from .channel_type_list_response import ChannelTypeListResponse
from .chat_content import ChatContent
from .chat_content_msg import ChatContentMsg
from .chat_party import ChatParty
from .chat_recipient import ChatRecipient
from .cli_number import CliNumber
from .code_id_response import CodeIdResponse
from .code_response import CodeResponse
from .conference_detail import ConferenceDetail
from .conference_detail_conference_detail import ConferenceDetailConferenceDetail
from .conference_details_response import ConferenceDetailsResponse
from .conference_end_event import ConferenceEndEvent
from .conference_end_message import ConferenceEndMessage
from .conference_participant import ConferenceParticipant
from .contact_email_input import ContactEmailInput
from .contact_email_input_type import ContactEmailInputType
from .contact_event import ContactEvent
from .contact_event_message import ContactEventMessage
from .contact_phone_input import ContactPhoneInput
from .contact_phone_input_type import ContactPhoneInputType
from .contact_social_input import ContactSocialInput
from .destination import Destination
from .destination_list_response import DestinationListResponse
from .destination_service_group_input import DestinationServiceGroupInput
from .destination_type import DestinationType
from .enquiry_chat_record import EnquiryChatRecord
from .enquiry_chat_response import EnquiryChatResponse
from .enquiry_detail import EnquiryDetail
from .enquiry_detail_location_detail import EnquiryDetailLocationDetail
from .enquiry_details_response import EnquiryDetailsResponse
from .enquiry_event import EnquiryEvent
from .enquiry_label_event import EnquiryLabelEvent
from .enquiry_label_event_message import EnquiryLabelEventMessage
from .enquiry_labels_request import EnquiryLabelsRequest
from .enquiry_labels_response import EnquiryLabelsResponse
from .enquiry_overview import EnquiryOverview
from .enquiry_overview_response import EnquiryOverviewResponse
from .error_response import ErrorResponse
from .event_hook import EventHook
from .event_hook_list_response import EventHookListResponse
from .external_contact import ExternalContact
from .external_contact_activity import ExternalContactActivity
from .external_contact_activity_response import ExternalContactActivityResponse
from .external_contact_address import ExternalContactAddress
from .external_contact_event import ExternalContactEvent
from .external_contact_event_message import ExternalContactEventMessage
from .external_contact_event_message_status import ExternalContactEventMessageStatus
from .external_contact_input import ExternalContactInput
from .external_contact_input_level import ExternalContactInputLevel
from .external_contact_input_type import ExternalContactInputType
from .external_contact_list_response import ExternalContactListResponse
from .get_sms_details_carrier_status import GetSmsDetailsCarrierStatus
from .get_sms_details_source import GetSmsDetailsSource
from .get_sms_details_status import GetSmsDetailsStatus
from .inbound_sms_event import InboundSmsEvent
from .label import Label
from .label_event import LabelEvent
from .label_event_message import LabelEventMessage
from .label_list_response import LabelListResponse
from .number_list_response import NumberListResponse
from .outbound_sms_event import OutboundSmsEvent
from .recording_file import RecordingFile
from .recording_file_event import RecordingFileEvent
from .recording_file_message import RecordingFileMessage
from .recording_files_response import RecordingFilesResponse
from .send_message_request import SendMessageRequest
from .send_message_response import SendMessageResponse
from .send_message_response_result import SendMessageResponseResult
from .send_otp_request import SendOtpRequest
from .send_otp_response import SendOtpResponse
from .send_sms_request import SendSmsRequest
from .send_sms_response import SendSmsResponse
from .sent_campaign_message import SentCampaignMessage
from .sent_campaign_summary import SentCampaignSummary
from .sent_campaigns_details_response import SentCampaignsDetailsResponse
from .sent_campaigns_summary_response import SentCampaignsSummaryResponse
from .sms_detail import SmsDetail
from .sms_details_response import SmsDetailsResponse
from .staff_contact import StaffContact
from .staff_contact_event import StaffContactEvent
from .staff_contact_event_message import StaffContactEventMessage
from .staff_contact_event_message_status import StaffContactEventMessageStatus
from .staff_contact_list_response import StaffContactListResponse
from .subscription_request import SubscriptionRequest
from .subscription_response import SubscriptionResponse
from .supported_language import SupportedLanguage
from .supported_language_list_response import SupportedLanguageListResponse
from .supported_location import SupportedLocation
from .supported_location_list_response import SupportedLocationListResponse
from .tag import Tag
from .tag_basic_info import TagBasicInfo
from .tag_custom_channel_info import TagCustomChannelInfo
from .tag_input import TagInput
from .tag_input_function_type_item import TagInputFunctionTypeItem
from .tag_input_routing_rule import TagInputRoutingRule
from .tag_input_tag_name_language_setting import TagInputTagNameLanguageSetting
from .tag_language_setting import TagLanguageSetting
from .tag_list_response import TagListResponse
from .tag_message import TagMessage
from .tag_message_message import TagMessageMessage
from .tag_meta_data import TagMetaData
from .tag_routing_rule import TagRoutingRule
from .tag_tag_name_language_setting import TagTagNameLanguageSetting
from .text_message import TextMessage
from .text_message_type import TextMessageType
from .transcription_file import TranscriptionFile
from .transcription_files_response import TranscriptionFilesResponse
from .url_verification_challenge import UrlVerificationChallenge
from .url_verification_reply import UrlVerificationReply
from .url_verification_reply_result import UrlVerificationReplyResult
from .webhook_ack import WebhookAck

__all__ = (
    "CallDetail",
    "CallDetailsResponse",
    "CalleeInfo",
    "CallEndEvent",
    "CallEndMessage",
    "CallLogRecord",
    "CallLogResponse",
    "CallParticipantInfo",
    "CallParty",
    "CallStartEvent",
    "CallStartMessage",
    "CampaignSender",
    "ChannelType",
    "ChannelTypeDetail",
    "ChannelTypeDetailsResponse",
    "ChannelTypeListResponse",
    "ChatContent",
    "ChatContentMsg",
    "ChatParty",
    "ChatRecipient",
    "CliNumber",
    "CodeIdResponse",
    "CodeResponse",
    "ConferenceDetail",
    "ConferenceDetailConferenceDetail",
    "ConferenceDetailsResponse",
    "ConferenceEndEvent",
    "ConferenceEndMessage",
    "ConferenceParticipant",
    "ContactEmailInput",
    "ContactEmailInputType",
    "ContactEvent",
    "ContactEventMessage",
    "ContactPhoneInput",
    "ContactPhoneInputType",
    "ContactSocialInput",
    "Destination",
    "DestinationListResponse",
    "DestinationServiceGroupInput",
    "DestinationType",
    "EnquiryChatRecord",
    "EnquiryChatResponse",
    "EnquiryDetail",
    "EnquiryDetailLocationDetail",
    "EnquiryDetailsResponse",
    "EnquiryEvent",
    "EnquiryLabelEvent",
    "EnquiryLabelEventMessage",
    "EnquiryLabelsRequest",
    "EnquiryLabelsResponse",
    "EnquiryOverview",
    "EnquiryOverviewResponse",
    "ErrorResponse",
    "EventHook",
    "EventHookListResponse",
    "ExternalContact",
    "ExternalContactActivity",
    "ExternalContactActivityResponse",
    "ExternalContactAddress",
    "ExternalContactEvent",
    "ExternalContactEventMessage",
    "ExternalContactEventMessageStatus",
    "ExternalContactInput",
    "ExternalContactInputLevel",
    "ExternalContactInputType",
    "ExternalContactListResponse",
    "GetSmsDetailsCarrierStatus",
    "GetSmsDetailsSource",
    "GetSmsDetailsStatus",
    "InboundSmsEvent",
    "Label",
    "LabelEvent",
    "LabelEventMessage",
    "LabelListResponse",
    "NumberListResponse",
    "OutboundSmsEvent",
    "RecordingFile",
    "RecordingFileEvent",
    "RecordingFileMessage",
    "RecordingFilesResponse",
    "SendMessageRequest",
    "SendMessageResponse",
    "SendMessageResponseResult",
    "SendOtpRequest",
    "SendOtpResponse",
    "SendSmsRequest",
    "SendSmsResponse",
    "SentCampaignMessage",
    "SentCampaignsDetailsResponse",
    "SentCampaignsSummaryResponse",
    "SentCampaignSummary",
    "SmsDetail",
    "SmsDetailsResponse",
    "StaffContact",
    "StaffContactEvent",
    "StaffContactEventMessage",
    "StaffContactEventMessageStatus",
    "StaffContactListResponse",
    "SubscriptionRequest",
    "SubscriptionResponse",
    "SupportedLanguage",
    "SupportedLanguageListResponse",
    "SupportedLocation",
    "SupportedLocationListResponse",
    "Tag",
    "TagBasicInfo",
    "TagCustomChannelInfo",
    "TagInput",
    "TagInputFunctionTypeItem",
    "TagInputRoutingRule",
    "TagInputTagNameLanguageSetting",
    "TagLanguageSetting",
    "TagListResponse",
    "TagMessage",
    "TagMessageMessage",
    "TagMetaData",
    "TagRoutingRule",
    "TagTagNameLanguageSetting",
    "TextMessage",
    "TextMessageType",
    "TranscriptionFile",
    "TranscriptionFilesResponse",
    "UrlVerificationChallenge",
    "UrlVerificationReply",
    "UrlVerificationReplyResult",
    "WebhookAck",
)
